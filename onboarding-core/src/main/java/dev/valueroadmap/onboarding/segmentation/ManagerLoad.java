package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An allocation's load on each CS manager, when the load is shared evenly: accounts and
 * hours divided by the number of managers. Averages are decimals rounded to
 * {@link MathContext#DECIMAL64}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagerLoad {

  ManagerLoad() {
  }

  /**
   * Returns the number of CS managers the load is shared by.
   *
   * @return the number of managers, at least 1
   */
  public abstract int managers();

  /**
   * Returns the accounts per manager, all touch models together.
   *
   * @return the number of accounts divided by the number of managers
   */
  public abstract BigDecimal accountsPerManager();

  /**
   * Returns the accounts per manager for each touch model.
   *
   * @return accounts per manager by touch model, with an entry for each touch model
   */
  public abstract Map<TouchModel, BigDecimal> accountsPerManagerByTouchModel();

  /**
   * Returns the accounts per manager on one touch model.
   *
   * @param touchModel the touch model
   * @return the number of accounts on it divided by the number of managers
   */
  public BigDecimal accountsPerManager(TouchModel touchModel) {
    return accountsPerManagerByTouchModel().get(touchModel);
  }

  /**
   * Returns the CS hours per manager.
   *
   * @return the hours used per month divided by the number of managers
   */
  public abstract BigDecimal hoursPerMonthPerManager();
}
