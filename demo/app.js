/**
 * The screens of the demo registration system: the client overview table with its filters,
 * the case data in each screen's form, and the "Opslaan" buttons. No network requests and
 * nothing is stored. Form values are set as defaults (attributes), so a DOM dump shows them.
 * Loaded after data.js, helpers.js, shell.js and rich-text.js.
 */
'use strict';

(function () {
  var Z = window.Zijlstad;
  var data = Z.data;
  var screen = Z.screen;
  var SCREENS = Z.SCREENS;
  var el = Z.el;
  var formatDate = Z.formatDate;
  var addDays = Z.addDays;
  var caseUrl = Z.caseUrl;
  var sortName = Z.sortName;
  var statusClass = Z.statusClass;
  var findCase = Z.findCase;
  var setField = Z.setField;
  var fillOptions = Z.fillOptions;
  var shell = Z.shell;

  function renderClientOverview() {
    var body = document.getElementById('clienten-rijen');
    var typeFilter = document.getElementById('zoek-type');
    var statusFilter = document.getElementById('zoek-status');
    var term = document.getElementById('zoek-term');
    fillOptions(typeFilter, data.typenMelding);
    fillOptions(statusFilter, data.statussen);

    data.zaken.forEach(function (zaak) {
      var i = zaak.inwoner;
      var row = el('tr', {}, [
        el('td', { class: 'nowrap' }, [
          el('a', { href: caseUrl('melding.html', zaak), text: sortName(i) }),
          el('span', { class: 'sub', text: 'geb. ' + formatDate(i.geboortedatum) }),
        ]),
        el('td', { text: i.wijk }),
        el('td', { class: 'nowrap' }, [
          el('span', { class: 'mono', text: zaak.zaaknummer }),
          el('span', { class: 'sub', text: 'Gemeld ' + formatDate(zaak.melddatum) }),
        ]),
        el('td', { text: zaak.typeMelding }),
        el('td', {}, [el('span', { class: statusClass(zaak.status), text: zaak.status })]),
      ]);
      row.dataset.search = (i.roepnaam + ' ' + i.achternaam + ' ' + zaak.zaaknummer).toLowerCase();
      row.dataset.type = zaak.typeMelding;
      row.dataset.status = zaak.status;
      body.appendChild(row);
    });

    function applyFilter() {
      var q = term.value.trim().toLowerCase();
      var visible = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var show =
          row.dataset.search.indexOf(q) !== -1 &&
          (!typeFilter.value || row.dataset.type === typeFilter.value) &&
          (!statusFilter.value || row.dataset.status === statusFilter.value);
        row.hidden = !show;
        if (show) visible += 1;
      });
      document.getElementById('geen-resultaten').hidden = visible > 0;
      document.getElementById('overzicht-telling').textContent =
        visible +
        ' van ' +
        data.zaken.length +
        ' zaken · Team ' +
        data.medewerker.team.replace(/^Team /, '');
    }
    [term, typeFilter, statusFilter].forEach(function (control) {
      control.addEventListener('input', applyFilter);
    });
    document.getElementById('form-zoeken').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    applyFilter();
  }

  function fillMelding(zaak) {
    var form = document.getElementById('form-melding');
    fillOptions(form.elements.typeMelding, data.typenMelding);
    fillOptions(form.elements.status, data.statussen);
    fillOptions(form.elements.behandelaar, data.behandelaars);
    setField(form, 'zaaknummer', zaak.zaaknummer);
    setField(form, 'melddatum', formatDate(zaak.melddatum));
    setField(form, 'wijzeMelden', zaak.wijzeMelden);
    setField(form, 'typeMelding', zaak.typeMelding);
    setField(form, 'omschrijving', zaak.omschrijving);
    setField(form, 'status', zaak.status);
    setField(form, 'behandelaar', zaak.behandelaar);
    setField(form, 'gesprekDatum', formatDate(zaak.gesprekDatum));
    setField(form, 'uitersteDatum', formatDate(addDays(zaak.melddatum, 42)));
    setField(form, 'clientondersteuningGewezen', zaak.status !== 'Melding ontvangen');
  }

  function fillOnderzoeksverslag(zaak) {
    var form = document.getElementById('form-onderzoeksverslag');
    setField(form, 'gesprekDatum', formatDate(zaak.gesprekDatum));
    setField(form, 'gesprekLocatie', zaak.gesprekLocatie);
    Z.wireRichText(form);
  }

  function fillScootmobiel(zaak) {
    var form = document.getElementById('form-aanvraag-scootmobiel');
    var s = zaak.scootmobiel;
    if (!s) return;
    setField(form, 'aanvraagdatum', formatDate(s.aanvraagdatum));
    setField(form, 'gewensteIngangsdatum', formatDate(s.gewensteIngangsdatum));
    setField(form, 'voorziening', s.voorziening);
    setField(form, 'loopafstand', s.loopafstand);
    setField(form, 'loophulpmiddel', s.loophulpmiddel);
    setField(form, 'langdurig', s.langdurig);
    setField(form, 'gebruik', s.gebruik);
    setField(form, 'frequentie', s.frequentie);
    setField(form, 'afstandPerRit', s.afstandPerRit);
    setField(form, 'huidigVervoer', s.huidigVervoer);
    setField(form, 'stalling', s.stalling);
    setField(form, 'verkeer', s.verkeer);
  }

  function wireSaveButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('form.case-form'), function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        form.querySelector('.save-status').textContent = 'Opgeslagen (demo)';
      });
    });
  }

  function linkCaseScreens(zaak) {
    Array.prototype.forEach.call(document.querySelectorAll('a[data-case-link]'), function (link) {
      link.setAttribute('href', caseUrl(link.getAttribute('data-case-link'), zaak));
    });
  }

  shell.renderTopbar();
  shell.renderFooter();
  if (screen === 'clientoverzicht') {
    shell.renderSidenav(null);
    shell.renderBreadcrumb(null);
    renderClientOverview();
    return;
  }
  var found = findCase();
  shell.renderSidenav(found.zaak);
  shell.renderBreadcrumb(found.zaak);
  if (!found.zaak) {
    shell.renderCaseNotFound(found.requested);
    return;
  }
  document.title =
    SCREENS[screen].title + ' ' + found.zaak.zaaknummer + ' — Sociaal Domein — Gemeente Zijlstad';
  shell.renderCaseHeader(found.zaak);
  linkCaseScreens(found.zaak);
  if (screen === 'melding') fillMelding(found.zaak);
  if (screen === 'onderzoeksverslag') fillOnderzoeksverslag(found.zaak);
  if (screen === 'scootmobiel') fillScootmobiel(found.zaak);
  wireSaveButtons();
})();
