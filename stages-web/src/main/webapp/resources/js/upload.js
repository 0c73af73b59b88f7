/*
 * Candidate forms: a file over the size limit is said at once, next to its field, instead of after a long
 * upload that the server refuses (and that would make the candidate fill the form again). The server checks
 * everything anyway; without JavaScript, its messages say the same.
 */
(function () {
    'use strict';
    var inputs = document.querySelectorAll('input[type=file][data-max-bytes]');
    if (!inputs.length) {
        return;
    }

    function tooLarge(input) {
        var max = parseInt(input.getAttribute('data-max-bytes'), 10);
        return input.files && input.files.length > 0 && input.files[0].size > max;
    }

    function show(input) {
        var error = document.getElementById(input.id + '-error');
        var large = tooLarge(input);
        if (error) {
            if (large) {
                error.setAttribute('role', 'alert');
                error.textContent = input.getAttribute('data-too-large');
                error.className = 'field-error';
            } else if (error.getAttribute('data-by-script') === 'true') {
                error.textContent = '';
            }
            error.setAttribute('data-by-script', large ? 'true' : 'false');
        }
        input.setAttribute('aria-invalid', large ? 'true' : 'false');
        return large;
    }

    Array.prototype.forEach.call(inputs, function (input) {
        input.addEventListener('change', function () {
            show(input);
        });
    });

    var form = inputs[0].form;
    form.addEventListener('submit', function (event) {
        var first = null;
        Array.prototype.forEach.call(inputs, function (input) {
            if (show(input) && !first) {
                first = input;
            }
        });
        if (first) {
            event.preventDefault();
            first.focus();
        }
    });
}());
