import { describe, expect, it } from 'vitest';
import { emptyListingForm, formToInput, listingToForm, type ListingForm } from './listing-form';

const filled = (over: Partial<ListingForm> = {}): ListingForm => ({
  ...emptyListingForm(),
  categoryCode: 'A02010104',
  title: '联想 启天 M437 台式计算机',
  description: '  <b>i5</b> 16GB\n512GB SSD  ',
  brand: ' 联想 ',
  model: 'M437',
  price: '4999.5',
  stock: 20,
  deliveryRegionCodes: ['330100', ' 330200 '],
  imageUrls: 'https://img.example.cn/a.jpg\n\n  https://img.example.cn/b.jpg  ',
  ...over,
});

describe('listing form ↔ ListingInput', () => {
  it('sends the price as yuan with two decimals, exactly', () => {
    expect(formToInput(filled({ price: '4999.5' })).input.price).toBe('4999.50');
    expect(formToInput(filled({ price: '¥12,345' })).input.price).toBe('12345.00');
    expect(formToInput(filled({ price: '0.07' })).input.price).toBe('0.07');
    expect(formToInput(filled({ price: '999999999999.99' })).input.price).toBe('999999999999.99');
  });

  it('flags a price the API could not take, at the price field', () => {
    for (const bad of ['12.345', 'abc', '', '-5']) {
      expect(formToInput(filled({ price: bad })).problems).toEqual({ price: 'listingForm.priceFormat' });
    }
  });

  it('keeps the description exactly as typed, markup included; trims the rest', () => {
    const { input } = formToInput(filled());
    expect(input.description).toBe('  <b>i5</b> 16GB\n512GB SSD  ');
    expect(input).toMatchObject({ brand: '联想', model: 'M437', deliveryRegionCodes: ['330100', '330200'], imageUrls: ['https://img.example.cn/a.jpg', 'https://img.example.cn/b.jpg'] });
  });

  it('lets a standard product fix brand and model', () => {
    const { input } = formToInput(filled({ standardProductId: 'p1' }));
    expect(input).toMatchObject({ standardProductId: 'p1', brand: null, model: null });
    expect(formToInput(filled()).input.standardProductId).toBeNull();
  });

  it('sends certificate evidence, and the SME tag without any', () => {
    const { input, problems } = formToInput(
      filled({
        policyTags: [
          { tag: 'ENERGY_SAVING', certificateNo: ' CQC-1 ', issuer: '中国质量认证中心', validUntil: '2027-12-31' },
          { tag: 'SME', certificateNo: 'ignored', issuer: '', validUntil: '' },
          { tag: 'ENVIRONMENTAL_LABEL', certificateNo: '', issuer: '', validUntil: '' },
        ],
      }),
    );
    expect(problems).toEqual({});
    expect(input.policyTags).toEqual([
      { tag: 'ENERGY_SAVING', certificateNo: 'CQC-1', issuer: '中国质量认证中心', validUntil: '2027-12-31' },
      { tag: 'SME' },
      { tag: 'ENVIRONMENTAL_LABEL', certificateNo: null, issuer: null, validUntil: null },
    ]);
  });

  it('asks for a category and a tag before sending', () => {
    const { problems } = formToInput(filled({ categoryCode: '', policyTags: [{ tag: '', certificateNo: '', issuer: '', validUntil: '' }] }));
    expect(problems).toEqual({ categoryCode: 'listingForm.categoryRequired', 'policyTags[0].tag': 'listingForm.tagRequired' });
  });

  it('round-trips a saved listing through the editor', () => {
    const saved = {
      categoryCode: 'A02010104', standardProductId: null, title: 'T', description: 'D', brand: '联想', model: 'M437', price: '4999.50', stock: 3,
      deliveryRegionCodes: ['330100'], imageUrls: ['https://img.example.cn/a.jpg'], warrantyMonths: 36,
      policyTags: [{ tag: 'ENERGY_SAVING' as const, certificateNo: 'CQC-1', issuer: 'CQC', validUntil: '2027-12-31' }],
    };
    const form = listingToForm(saved);
    expect(form.price).toBe('4999.50');
    expect(formToInput(form).input).toEqual({ ...saved, policyTags: saved.policyTags });
  });
});
