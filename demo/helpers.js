/**
 * Shared helpers of the demo registration system (window.Zijlstad): small DOM builder,
 * date formatting, names, the case from the query string, and form defaults.
 */
'use strict';

(function () {
  var data = window.ZIJLSTAD_DATA;

  var SCREENS = {
    melding: { title: 'Wmo-melding', href: 'melding.html' },
    onderzoeksverslag: { title: 'Onderzoeksverslag', href: 'onderzoeksverslag.html' },
    scootmobiel: { title: 'Aanvraag scootmobiel', href: 'scootmobiel.html' },
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] === null || attrs[key] === undefined || attrs[key] === false) return;
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key] === true ? '' : attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function formatDate(iso) {
    if (!iso) return '';
    var parts = iso.split('-');
    return parts[2] + '-' + parts[1] + '-' + parts[0];
  }

  function addDays(iso, days) {
    var date = new Date(iso + 'T12:00:00Z');
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  function caseUrl(href, zaak) {
    return href + '?zaak=' + encodeURIComponent(zaak.zaaknummer);
  }

  function fullName(inwoner) {
    return inwoner.voorletters + ' (' + inwoner.roepnaam + ') ' + inwoner.achternaam;
  }

  function shortName(inwoner) {
    return inwoner.voorletters + ' ' + inwoner.achternaam;
  }

  /** Dutch list order: "Dalen, G. van" (the tussenvoegsel after the initials). */
  function sortName(inwoner) {
    var match = inwoner.achternaam.match(/^((?:[a-z]+ )+)(.+)$/);
    if (!match) return inwoner.achternaam + ', ' + inwoner.voorletters;
    return match[2] + ', ' + inwoner.voorletters + ' ' + match[1].trim();
  }

  function initials(inwoner) {
    var last = inwoner.achternaam.split(' ').pop();
    return (inwoner.roepnaam.charAt(0) + last.charAt(0)).toUpperCase();
  }

  function statusClass(status) {
    return 'badge badge--' + status.toLowerCase().replace(/[^a-z]+/g, '-');
  }

  /** The case from ?zaak=…; without a parameter the first case, so plain links still work. */
  function findCase() {
    var requested = new URLSearchParams(window.location.search).get('zaak');
    if (!requested) return { zaak: data.zaken[0], requested: null };
    var zaak = data.zaken.filter(function (z) {
      return z.zaaknummer === requested.trim().toUpperCase();
    })[0];
    return { zaak: zaak || null, requested: requested };
  }

  /** Sets a form control's default value, so the value is also visible in the markup. */
  function setField(form, name, value) {
    var controls = form.querySelectorAll('[name="' + name + '"]');
    Array.prototype.forEach.call(controls, function (control) {
      if (control.type === 'checkbox' || control.type === 'radio') {
        var values = Array.isArray(value) ? value : [value];
        control.defaultChecked = values.indexOf(control.value) !== -1 || value === true;
      } else if (control.tagName === 'SELECT') {
        Array.prototype.forEach.call(control.options, function (option) {
          option.defaultSelected = (option.value || option.text) === value;
        });
      } else if (control.tagName === 'TEXTAREA') {
        control.defaultValue = value == null ? '' : String(value);
      } else {
        control.setAttribute('value', value == null ? '' : String(value));
      }
    });
  }

  function fillOptions(select, values) {
    values.forEach(function (value) {
      select.appendChild(el('option', { text: value }));
    });
  }

  window.Zijlstad = {
    data: data,
    screen: document.body.getAttribute('data-screen'),
    SCREENS: SCREENS,
    el: el,
    formatDate: formatDate,
    addDays: addDays,
    caseUrl: caseUrl,
    fullName: fullName,
    shortName: shortName,
    sortName: sortName,
    initials: initials,
    statusClass: statusClass,
    findCase: findCase,
    setField: setField,
    fillOptions: fillOptions,
  };
})();
