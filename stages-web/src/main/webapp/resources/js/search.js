// Search without full reloads. The page works without this file (a plain GET form); with it, a change of a
// filter or of the sort fetches the same URL the form would load, swaps the filters and results in place, puts
// the URL in the history (back button, bookmarks, shared links stay true) and announces the new count.
(function () {
    'use strict';
    // first, whatever else this file can do: on a phone, results first, the filters open with one tap (the
    // style sheet lays them out folded until html.folded says the panel really is)
    var panel = document.getElementById('filters-panel');
    if (panel && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
        panel.open = false;
    }
    document.documentElement.classList.add('folded');
    var form = document.getElementById('search-form');
    var status = document.getElementById('search-status');
    if (!form || !status || !window.fetch || !window.DOMParser || !window.history.pushState) {
        return;
    }
    document.documentElement.classList.add('js');
    var pending = null;

    function urlOf() {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            // "usuel": the usual order (relevance with keywords, newest otherwise) needs no parameter
            if (String(value).trim() !== '' && !(name === 'tri' && value === 'usuel')) {
                params.append(name, value);
            }
        });
        var query = params.toString();
        return form.action.split('?')[0] + (query ? '?' + query : '');
    }

    // which panels the visitor opened or closed: kept as they were when the filters are replaced
    function foldState() {
        var state = {};
        Array.prototype.forEach.call(form.querySelectorAll('details[id]'), function (d) {
            state[d.id] = d.open;
        });
        return state;
    }

    function load(url, push, focusId) {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        var folds = foldState();
        form.setAttribute('aria-busy', 'true');
        fetch(url, {headers: {'Accept': 'text/html'}, signal: pending.signal})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, 'text/html');
                ['filters', 'results'].forEach(function (id) {
                    var fresh = page.getElementById(id);
                    var old = document.getElementById(id);
                    if (fresh && old) {
                        old.replaceWith(document.importNode(fresh, true));
                    }
                });
                Object.keys(folds).forEach(function (id) {
                    var group = document.getElementById(id);
                    if (group) {
                        group.open = folds[id];
                    }
                });
                var keywords = page.getElementById('q');
                if (keywords) {
                    document.getElementById('q').value = keywords.value;
                }
                document.title = page.title;
                if (push) {
                    window.history.pushState({search: true}, '', url);
                }
                status.textContent = document.getElementById('result-count').textContent;
                document.dispatchEvent(new CustomEvent('stages:results'));
                var target = focusId && document.getElementById(focusId);
                if (target) {
                    target.focus();
                }
            })
            .catch(function (error) {
                if (error.name !== 'AbortError') {
                    window.location.assign(url); // the plain page never fails where the script did
                }
            })
            .finally(function () {
                form.removeAttribute('aria-busy');
            });
    }

    form.addEventListener('change', function (event) {
        if (event.target.matches('input[type=checkbox], select')) {
            load(urlOf(), true, event.target.id);
        }
    });
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        load(urlOf(), true, 'results-title');
    });
    form.addEventListener('click', function (event) {
        var link = event.target.closest('a[data-search]');
        if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
            event.preventDefault();
            load(link.href, true, 'results-title');
        }
    });
    window.addEventListener('popstate', function () {
        load(window.location.href, false, null);
    });
}());
