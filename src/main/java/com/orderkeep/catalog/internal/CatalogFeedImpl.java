package com.orderkeep.catalog.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogFeed;

@Service
@Transactional(readOnly = true)
class CatalogFeedImpl implements CatalogFeed {

	private final CatalogChanges changes;

	CatalogFeedImpl(CatalogChanges changes) {
		this.changes = changes;
	}

	@Override
	public long head() {
		return changes.head();
	}

	@Override
	public List<CatalogChange> changesAfter(long position, int limit) {
		return changes.after(position, limit);
	}

	@Override
	public List<Listing> products(String afterId, int limit) {
		return changes.products(afterId, limit);
	}

	@Override
	public List<Listing> listings(Collection<String> productIds) {
		return changes.listings(productIds);
	}

	@Override
	public List<String> productIdsOf(String merchantId) {
		return changes.productIdsOf(merchantId);
	}
}
