package com.orderkeep.pages.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.groupbuy.GroupView;

/**
 * Groups for the fragments of the product and order pages (templates/groups.html), which call it as
 * {@code @groupPageData}, so those pages' own controllers need know nothing of group buy.
 */
@Component("groupPageData")
public class GroupPageData {

	private final GroupBuy groups;

	GroupPageData(GroupBuy groups) {
		this.groups = groups;
	}

	public List<GroupView> openGroups(String productId) {
		return groups.openGroups(productId);
	}

	public @Nullable GroupView group(@Nullable String groupId) {
		return groupId == null ? null : groups.group(groupId);
	}

	/** An idempotency key for a form rendered now. */
	public String newKey() {
		return UUID.randomUUID().toString();
	}
}
