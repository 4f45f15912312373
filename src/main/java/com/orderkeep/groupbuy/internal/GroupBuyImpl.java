package com.orderkeep.groupbuy.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.account.AccountAdministration;
import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.groupbuy.GroupRefused;
import com.orderkeep.groupbuy.GroupStatus;
import com.orderkeep.groupbuy.GroupView;
import com.orderkeep.shared.LocalizedText;

@Service
@Transactional
class GroupBuyImpl implements GroupBuy {

	private static final int OPEN_GROUPS_SHOWN = 20;

	private final Groups groups;
	private final GroupSettlement settlement;
	private final AccountAdministration accounts;
	private final Clock clock;

	GroupBuyImpl(Groups groups, GroupSettlement settlement, AccountAdministration accounts, Clock clock) {
		this.groups = groups;
		this.settlement = settlement;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public GroupView group(String groupId) {
		return view(groups.find(groupId).orElseThrow(() -> GroupRefused.noSuchGroup(groupId)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<GroupView> openGroups(String productId) {
		return groups.openOf(productId, clock.instant(), OPEN_GROUPS_SHOWN).stream()
			.flatMap(id -> groups.find(id).stream())
			.map(this::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MerchantGroup> groupsOf(String merchantId, int limit) {
		return groups.ofMerchant(merchantId, limit).stream()
			.flatMap(id -> groups.find(id).stream())
			.map(group -> new MerchantGroup(view(group),
					groups.members(group.id()).stream().map(Groups.Member::orderId).toList()))
			.toList();
	}

	@Override
	public GroupView completeByMerchant(String merchantId, String groupId) {
		Groups.Group group = groups.find(groupId).filter(g -> g.merchantId().equals(merchantId))
			.orElseThrow(() -> GroupRefused.noSuchGroup(groupId));
		if (group.status() != GroupStatus.OPEN || !group.expiresAt().isAfter(clock.instant())) {
			throw new GroupRefused(GroupRefused.Reason.GROUP_CLOSED, GroupSeating.CLOSED);
		}
		if (group.paidMembers() == 0) {
			throw new GroupRefused(GroupRefused.Reason.NO_PAID_MEMBER,
					new LocalizedText("该团还没有人付款，无法发货", "Nobody in this group has paid yet: there is nothing to ship"));
		}
		if (!settlement.completeByMerchant(group)) {
			throw new GroupRefused(GroupRefused.Reason.GROUP_CLOSED, GroupSeating.CLOSED);
		}
		return group(groupId);
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures() {
		return new Figures(groups.count(GroupStatus.COMPLETE), groups.count(GroupStatus.FAILED),
				groups.count(GroupStatus.OPEN));
	}

	private GroupView view(Groups.Group group) {
		List<GroupView.Member> members = groups.members(group.id()).stream()
			.map(m -> new GroupView.Member(MaskedNames.of(accounts.account(m.buyerId()).username()), m.joinedAt(),
					m.paid()))
			.toList();
		int seatsLeft = group.status() == GroupStatus.OPEN ? group.size() - group.seatsHeld() : 0;
		return new GroupView(group.id(), group.skuId(), group.productId(), group.size(), group.paidMembers(),
				group.seatsHeld(), seatsLeft, group.status(), group.priceFen(), group.createdAt(), group.expiresAt(),
				group.completedByMerchant(), members);
	}
}
