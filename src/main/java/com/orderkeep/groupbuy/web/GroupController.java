package com.orderkeep.groupbuy.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.groupbuy.GroupView;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Group buy")
class GroupController {

	private final GroupBuy groups;
	private final CatalogManagement catalog;

	GroupController(GroupBuy groups, CatalogManagement catalog) {
		this.groups = groups;
		this.catalog = catalog;
	}

	@GetMapping("/api/products/{productId}/groups")
	@Operation(summary = "The product's open groups that have a free seat, the soonest to expire first")
	OpenGroups openGroups(@PathVariable String productId) {
		catalog.product(productId);
		return new OpenGroups(groups.openGroups(productId));
	}

	record OpenGroups(List<GroupView> items) {
	}

	@GetMapping("/api/groups/{groupId}")
	@Operation(summary = "A group, as its share link shows it: size, seats held, paid members (names masked), deadline")
	GroupView group(@PathVariable String groupId) {
		return groups.group(groupId);
	}

	@PostMapping("/api/merchant/groups/{groupId}/complete")
	@Operation(summary = "Ship an open group before it fills, at the group price: paid members are to be shipped, unpaid ones cancelled")
	@Refuses({ ProblemCode.GROUP_CLOSED, ProblemCode.INVALID_STATE })
	GroupView complete(Caller merchant, @PathVariable String groupId) {
		return groups.completeByMerchant(merchant.shop(), groupId);
	}
}
