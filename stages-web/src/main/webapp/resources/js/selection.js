// The candidate's selection of offers, kept in this browser only (localStorage, never sent until they apply):
// "Ajouter à ma sélection" on result lines and offer pages, a bar that counts them and leads to one form for
// all. Without JavaScript the buttons and the bar stay hidden; applying offer by offer still works.
(function () {
    'use strict';
    var KEY = 'stages.selection';
    var MAX = 10;
    var bar = document.getElementById('selection');
    if (!bar || !window.localStorage) {
        return;
    }
    document.documentElement.classList.add('js');

    function load() {
        try {
            var list = JSON.parse(window.localStorage.getItem(KEY) || '[]');
            return Array.isArray(list) ? list.filter(function (o) { return o && /^[0-9]{1,18}$/.test(String(o.id)); }) : [];
        } catch (e) {
            return [];
        }
    }

    function save(list) {
        window.localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
        render();
    }

    function has(list, id) {
        return list.some(function (o) { return String(o.id) === String(id); });
    }

    function render() {
        var list = load();
        var count = document.getElementById('selection-count');
        count.textContent = list.length === 1 ? bar.dataset.one
            : bar.dataset.many.replace('{0}', String(list.length));
        document.getElementById('selection-apply').href = bar.dataset.apply + list.map(function (o) { return o.id; }).join(',');
        // on a candidate's form the bar would only cover its fields (at 320 px, half the screen): the form is
        // already the way to apply to the selection
        bar.hidden = list.length === 0 || document.querySelector('form#apply') !== null;
        Array.prototype.forEach.call(document.querySelectorAll('button[data-select]'), function (button) {
            var chosen = has(list, button.dataset.select);
            button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
            button.querySelector('.label').textContent = chosen ? button.dataset.remove : button.dataset.add;
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-select]');
        if (button) {
            var list = load();
            var id = button.dataset.select;
            if (has(list, id)) {
                list = list.filter(function (o) { return String(o.id) !== String(id); });
            } else if (list.length >= MAX) {
                document.getElementById('selection-status').textContent = bar.dataset.full;
                return;
            } else {
                list.push({id: id, title: button.dataset.title});
            }
            save(list);
            document.getElementById('selection-status').textContent = document.getElementById('selection-count').textContent;
        } else if (event.target.id === 'selection-clear') {
            save([]);
            document.getElementById('selection-status').textContent = bar.dataset.cleared;
        }
    });

    // offers just applied to leave the selection
    var applied = document.getElementById('applied-offers');
    if (applied) {
        var done = applied.dataset.offers.split(',');
        save(load().filter(function (o) { return done.indexOf(String(o.id)) < 0; }));
    }
    // the search page replaces its results without reloading: mark the new buttons
    document.addEventListener('stages:results', render);
    render();
}());
