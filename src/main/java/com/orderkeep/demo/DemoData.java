package com.orderkeep.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountRefused;
import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.CatalogManagement.Shop;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;

/**
 * Seeds the demo marketplace once: a second start finds the demo shops and leaves everything as it is.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("orderkeep.demo-data")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;
	private final CatalogManagement catalog;
	private final OrderManagement orders;
	private final PaymentManagement payments;
	private final BuyerProtection protection;

	DemoData(AccountManagement accounts, CatalogManagement catalog, OrderManagement orders, PaymentManagement payments,
			BuyerProtection protection) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.orders = orders;
		this.payments = payments;
		this.protection = protection;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (alreadySeeded()) {
			log.info("Demo data already present");
			return;
		}
		List<Caller> merchants = new ArrayList<>();
		List<ProductView> products = new ArrayList<>();
		for (DemoCatalog.DemoShop demoShop : DemoCatalog.SHOPS) {
			Shop shop = catalog.openShop(demoShop.username(), DemoCatalog.PASSWORD, demoShop.shopName());
			Caller merchant = new Caller(shop.userId(), demoShop.username(), Role.MERCHANT, shop.merchantId());
			merchants.add(merchant);
			protection.topUp(shop.merchantId(), "demo-deposit", DemoCatalog.DEPOSIT_FEN);
			demoShop.products().forEach(p -> products.add(catalog.createProduct(shop.merchantId(), p)));
		}
		List<Caller> buyers = DemoCatalog.BUYERS.stream().map(name -> {
			var signedIn = accounts.register(name, DemoCatalog.PASSWORD);
			return new Caller(signedIn.userId(), name, Role.BUYER, null);
		}).toList();
		placeOrdersInEveryStatus(buyers, merchants, products);
		log.info("Demo marketplace ready: {} shops, {} products, {} buyers. Sign in as a buyer ({}) or a merchant ({}) "
				+ "with password {}, or as admin.", merchants.size(), products.size(), buyers.size(), DemoCatalog.BUYERS,
				DemoCatalog.SHOPS.stream().map(DemoCatalog.DemoShop::username).toList(), DemoCatalog.PASSWORD);
	}

	private boolean alreadySeeded() {
		try {
			accounts.signIn(DemoCatalog.SHOPS.get(0).username(), DemoCatalog.PASSWORD, "demo-data");
			return true;
		}
		catch (AccountRefused notThere) {
			return false;
		}
	}

	/** Each buyer gets one order of each kind, spread over the shops, so every tab of "my orders" has something. */
	private void placeOrdersInEveryStatus(List<Caller> buyers, List<Caller> merchants, List<ProductView> products) {
		int n = 0;
		for (Caller buyer : buyers) {
			for (Stage stage : Stage.values()) {
				ProductView product = products.get((n * 7 + 3) % products.size());
				Caller merchant = merchants.stream().filter(m -> m.merchantId().equals(product.merchantId())).findFirst()
					.orElseThrow();
				String orderId = place(buyer, product, 1 + n % 3, "demo-" + buyer.username() + "-" + stage);
				stage.bring(new Step(orderId, buyer, merchant, orders, payments));
				n++;
			}
		}
		ProductView delisted = products.get(1);
		Caller merchant = merchants.get(0);
		String affected = place(buyers.get(0), delisted, 1, "demo-delisted");
		payments.pay(affected, buyers.get(0));
		catalog.delist(merchant.merchantId(), delisted.productId(), DelistReason.PRICE_ADJUSTMENT, "产地价格上涨，暂停销售",
				merchant.actor());
	}

	private String place(Caller buyer, ProductView product, int quantity, String key) {
		Placement placement = orders.place(new PlaceOrder(buyer.userId(), key, product.skus().get(0).skuId(), quantity,
				null, null, false));
		return ((Placement.Placed) placement).order().orderId();
	}

	record Step(String orderId, Caller buyer, Caller merchant, OrderManagement orders, PaymentManagement payments) {
	}

	private enum Stage {
		AWAITING_PAYMENT(step -> {
		}),
		PAID(step -> step.payments().pay(step.orderId(), step.buyer())),
		SHIPPED(step -> {
			PAID.bring(step);
			step.orders().ship(step.orderId(), step.merchant(), "顺丰速运", "SF" + Math.abs(step.orderId().hashCode()));
		}),
		COMPLETED(step -> {
			SHIPPED.bring(step);
			step.orders().confirmReceipt(step.orderId(), step.buyer());
		}),
		CANCELLED_BY_BUYER(step -> step.orders().cancelByBuyer(step.orderId(), step.buyer(), CancelReason.ORDERED_BY_MISTAKE)),
		CANCELLED_BY_MERCHANT(step -> {
			PAID.bring(step);
			step.orders().cancelByMerchant(step.orderId(), step.merchant(), CancelReason.OUT_OF_STOCK, "仓库盘点发现缺货，全额退款");
		});

		private final Consumer<Step> action;

		Stage(Consumer<Step> action) {
			this.action = action;
		}

		void bring(Step step) {
			action.accept(step);
		}
	}
}
