import { expect } from '@open-wc/testing';
import { readDirectory } from '../../../src/data/directory/read-directory.js';
import sample from '../../../src/data/directory/sample-directory.json';
import { distanceKm, distanceMiles } from '../../../src/data/directory/geo.js';
import { httpGeocoder, tableGeocoder, venueGeocoder } from '../../../src/data/directory/geocoders.js';
import { parsePostcode } from '../../../src/data/directory/postcode.js';
import { failure, fixtureUrl } from '../../helpers.js';

describe('postcodes', () => {
  it('normalises UK formats and puts O/0 and I/1 slips right', () => {
    expect(parsePostcode('bs14dj')).to.deep.equal({ full: 'BS1 4DJ', outward: 'BS1' });
    expect(parsePostcode(' SW1A 1AA ')).to.deep.equal({ full: 'SW1A 1AA', outward: 'SW1A' });
    expect(parsePostcode('M1 1AE')).to.deep.equal({ full: 'M1 1AE', outward: 'M1' });
    expect(parsePostcode('BSI 4DJ')).to.deep.equal({ full: 'BS1 4DJ', outward: 'BS1' });
    expect(parsePostcode('B51 4DJ')).to.deep.equal({ full: 'B51 4DJ', outward: 'B51' });
    expect(parsePostcode('CF1O 1AA')).to.deep.equal({ full: 'CF10 1AA', outward: 'CF10' });
    expect(parsePostcode('0X1 1AA')).to.deep.equal({ full: 'OX1 1AA', outward: 'OX1' });
    expect(parsePostcode('CF10 IAA')).to.deep.equal({ full: 'CF10 1AA', outward: 'CF10' });
    expect(parsePostcode('cf10')).to.deep.equal({ outward: 'CF10' });
    for (const bad of ['', 'hello', '12345', 'BS1 4CC', 'ZZZZZ ZZZ', 'BS1 4D'])
      expect(parsePostcode(bad), bad).to.equal(null);
  });
});

describe('distances', () => {
  it('Bristol to Cardiff is about 42 km (26 miles); symmetric, zero to itself', () => {
    const bristol = { lat: 51.4545, lon: -2.5879 };
    const cardiff = { lat: 51.4816, lon: -3.1791 };
    expect(distanceKm(bristol, cardiff)).to.be.closeTo(41.1, 0.5);
    expect(distanceMiles(bristol, cardiff)).to.be.closeTo(25.5, 0.4);
    expect(distanceKm(cardiff, bristol)).to.equal(distanceKm(bristol, cardiff));
    expect(distanceKm(bristol, bristol)).to.equal(0);
  });
});

describe('geocoders', () => {
  it('the directory’s own venues: the centroid of venues sharing the outward code', async () => {
    const { groups } = await readDirectory(sample);
    const geocoder = venueGeocoder(groups);
    const point = await geocoder.geocode('bs7 9zz');
    const bs7 = groups.filter((g) => g.venue?.outward === 'BS7');
    expect(point!.lat).to.be.closeTo(bs7.reduce((s, g) => s + g.venue!.lat!, 0) / bs7.length, 1e-9);
    expect(await geocoder.geocode('EH1 1AA')).to.equal(null);
    expect((await failure(geocoder.geocode('nonsense'))).code).to.equal('invalid');
  });

  it('a host-supplied outward-code table', async () => {
    const geocoder = tableGeocoder({ bs1: [51.45, -2.59], CF10: { lat: 51.47, lon: -3.17 }, bad: 'x' });
    expect(await geocoder.geocode('BS1 4DJ')).to.deep.equal({ lat: 51.45, lon: -2.59 });
    expect(await geocoder.geocode('CF10')).to.deep.equal({ lat: 51.47, lon: -3.17 });
  });

  it('a postcodes.io-compatible endpoint (only when configured); unknown codes are null', async () => {
    const geocoder = httpGeocoder(fixtureUrl('/geocoder/'));
    expect(await geocoder.geocode('bs1 4dj')).to.deep.equal({ lat: 51.4545, lon: -2.5879 });
    expect(await geocoder.geocode('BS1')).to.deep.equal({ lat: 51.452, lon: -2.59 });
    expect(await geocoder.geocode('ZZ9 9ZZ')).to.equal(null);
    expect((await failure(httpGeocoder(fixtureUrl('/status/500')).geocode('BS1'))).code).to.equal('http');
    expect(() => httpGeocoder('javascript:alert(1)')).to.throw('http(s)');
  });
});
