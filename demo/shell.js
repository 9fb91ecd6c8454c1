/**
 * The shell around every screen of the demo registration system: top bar, left navigation,
 * breadcrumb, case header (with the zaaknummer in #zaaknummer) and footer.
 */
'use strict';

(function () {
  var Z = window.Zijlstad;
  var data = Z.data;
  var screen = Z.screen;
  var SCREENS = Z.SCREENS;
  var el = Z.el;
  var formatDate = Z.formatDate;
  var caseUrl = Z.caseUrl;
  var fullName = Z.fullName;
  var shortName = Z.shortName;
  var initials = Z.initials;
  var statusClass = Z.statusClass;

  function renderTopbar() {
    var logo =
      '<svg class="topbar__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">' +
      '<rect width="32" height="32" rx="4" fill="#ffffff"/>' +
      '<path d="M8 9h16v3.2L13.2 20H24v3H8v-3.2L18.8 12H8z" fill="#17375e"/></svg>';
    var brand = el('a', { class: 'topbar__brand', href: 'index.html' }, [
      el('span', { class: 'topbar__org', text: 'Gemeente Zijlstad' }),
      el('span', { class: 'topbar__sep', 'aria-hidden': 'true', text: ' — ' }),
      el('span', { class: 'topbar__app', text: 'Sociaal Domein' }),
    ]);
    brand.insertAdjacentHTML('afterbegin', logo);
    var user = el('div', { class: 'topbar__user' }, [
      el('span', { class: 'topbar__env', text: 'Demo-omgeving' }),
      el('span', {
        class: 'topbar__name',
        text: data.medewerker.naam + ' · ' + data.medewerker.functie,
      }),
    ]);
    document.getElementById('topbar').append(brand, user);
  }

  function navItem(label, href, current) {
    if (!href) {
      return el('li', {}, [
        el('span', {
          class: 'sidenav__link sidenav__link--disabled',
          'aria-disabled': 'true',
          title: 'Niet beschikbaar in de demo',
          text: label,
        }),
      ]);
    }
    return el('li', {}, [
      el('a', {
        class: 'sidenav__link',
        href: href,
        'aria-current': current ? 'page' : null,
        text: label,
      }),
    ]);
  }

  function navGroup(heading, id, items) {
    return el('div', { class: 'sidenav__group' }, [
      el('h2', { class: 'sidenav__heading', id: id, text: heading }),
      el('ul', { class: 'sidenav__list', 'aria-labelledby': id }, items),
    ]);
  }

  function renderSidenav(zaak) {
    var nav = document.getElementById('sidenav');
    nav.appendChild(
      navGroup('Werkvoorraad', 'nav-werkvoorraad', [
        navItem('Cliëntoverzicht', 'index.html', screen === 'clientoverzicht'),
        navItem('Mijn taken', null),
        navItem('Termijnbewaking', null),
      ]),
    );
    if (zaak) {
      var items = Object.keys(SCREENS).map(function (key) {
        return navItem(SCREENS[key].title, caseUrl(SCREENS[key].href, zaak), key === screen);
      });
      items.push(navItem('Beschikking', null), navItem('Documenten', null));
      nav.appendChild(navGroup('Zaak ' + zaak.zaaknummer, 'nav-zaak', items));
    }
    nav.appendChild(
      navGroup('Beheer', 'nav-beheer', [
        navItem('Rapportages', null),
        navItem('Instellingen', null),
      ]),
    );
  }

  function renderBreadcrumb(zaak) {
    var crumbs = [{ label: 'Sociaal Domein', href: 'index.html' }];
    if (screen === 'clientoverzicht') crumbs.push({ label: 'Cliëntoverzicht' });
    else {
      crumbs.push({ label: 'Cliëntoverzicht', href: 'index.html' });
      if (zaak) crumbs.push({ label: shortName(zaak.inwoner) + ' — ' + zaak.zaaknummer });
      crumbs.push({ label: SCREENS[screen].title });
    }
    var list = el(
      'ol',
      {},
      crumbs.map(function (crumb, index) {
        var last = index === crumbs.length - 1;
        var child = crumb.href
          ? el('a', { href: crumb.href, text: crumb.label })
          : el('span', { 'aria-current': last ? 'page' : null, text: crumb.label });
        return el('li', {}, [child]);
      }),
    );
    document.getElementById('breadcrumb').appendChild(list);
  }

  function fact(term, valueNode) {
    return el('div', { class: 'case-header__fact' }, [
      el('dt', { text: term }),
      el('dd', {}, [valueNode]),
    ]);
  }

  function renderCaseHeader(zaak) {
    var i = zaak.inwoner;
    var header = document.getElementById('case-header');
    header.append(
      el('div', { class: 'case-header__person' }, [
        el('span', { class: 'case-header__avatar', 'aria-hidden': 'true', text: initials(i) }),
        el('div', {}, [
          el('p', { class: 'case-header__name', text: fullName(i) }),
          el('p', {
            class: 'case-header__meta',
            text:
              'Geboren ' +
              formatDate(i.geboortedatum) +
              ' · ' +
              i.adres +
              ', Zijlstad · Wijk ' +
              i.wijk +
              ' · Klantnr. ' +
              zaak.klantnummer,
          }),
        ]),
      ]),
      el('dl', { class: 'case-header__facts' }, [
        fact('Zaaknummer', el('span', { id: 'zaaknummer', text: zaak.zaaknummer })),
        fact('Type melding', document.createTextNode(zaak.typeMelding)),
        fact('Status', el('span', { class: statusClass(zaak.status), text: zaak.status })),
        fact('Behandelaar', document.createTextNode(zaak.behandelaar)),
      ]),
    );
  }

  function renderFooter() {
    document.getElementById('footer').textContent =
      'Gemeente Zijlstad · Sociaal Domein versie ' +
      data.versie +
      ' (demo) · Alle personen en gegevens in deze omgeving zijn verzonnen.';
  }

  function renderCaseNotFound(requested) {
    var main = document.getElementById('main');
    Array.prototype.forEach.call(main.querySelectorAll('form, #case-header'), function (node) {
      node.remove();
    });
    main.appendChild(
      el('div', { class: 'alert', role: 'alert' }, [
        el('p', { text: 'Zaak "' + requested + '" is niet gevonden.' }),
        el('a', { href: 'index.html', text: 'Terug naar het cliëntoverzicht' }),
      ]),
    );
  }

  window.Zijlstad.shell = {
    renderTopbar: renderTopbar,
    renderSidenav: renderSidenav,
    renderBreadcrumb: renderBreadcrumb,
    renderCaseHeader: renderCaseHeader,
    renderFooter: renderFooter,
    renderCaseNotFound: renderCaseNotFound,
  };
})();
