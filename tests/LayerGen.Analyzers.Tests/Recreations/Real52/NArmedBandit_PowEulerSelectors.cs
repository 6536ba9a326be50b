// Source: ElderMayday/n-armed-bandit nArmedBandit/Backend/SelectorSoftmax.cs:27 and SelectorDynamicSoftmax.cs:29 (re-created, not copied)
// Layout: a List<GameAction> of arms; each arm's estimate over a temperature is raised to a constant base close
// to e (`Math.Pow(2.71828, estimate / tau)`) into a List<double>, summed with LINQ, turned into a cumulative
// distribution (running total / sum) and sampled. The dynamic selector anneals tau = 4 (1000 − round) / 1000.
// Label: LG0003 in both — no maximum estimate is subtracted: estimate / tau above ~709 gives inf / inf = NaN;
// the annealed tau makes that certain near round 1000 (tau = 0.004: an estimate of 3 is already 750).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real52.NArmedBanditPowEulerSelectors;

public sealed class GameAction
{
    public double Estimate { get; set; }
}

public abstract class Selector
{
    public int Round { get; set; }

    public abstract int Select(List<GameAction> actions);
}

public sealed class SelectorSoftmax : Selector
{
    private const double E = 2.71828;
    private static readonly Random Generator = new Random(7);
    private readonly double _tau;

    public SelectorSoftmax(double tau) => _tau = tau;

    public override int Select(List<GameAction> actions)
    {
        var powers = new List<double>();
        foreach (var action in actions)
        {
            powers.Add(Math.Pow(E, action.Estimate / _tau)); //~ LG0003
        }

        double total = powers.Sum();
        var cumulative = new List<double>();
        double running = 0.0;
        for (int arm = 0; arm < powers.Count; arm++)
        {
            running += powers[arm];
            cumulative.Add(running / total);
        }

        double draw = Generator.NextDouble();
        for (int arm = 0; arm < cumulative.Count - 1; arm++)
        {
            if (draw <= cumulative[arm])
            {
                return arm;
            }
        }

        return cumulative.Count - 1;
    }
}

public sealed class SelectorDynamicSoftmax : Selector
{
    private const double E = 2.71828;
    private static readonly Random Generator = new Random(11);

    public override int Select(List<GameAction> actions)
    {
        double tau = 4.0 * (1000.0 - Round) / 1000.0;
        var powers = new List<double>();
        foreach (var action in actions)
        {
            powers.Add(Math.Pow(E, action.Estimate / tau)); //~ LG0003
        }

        double total = powers.Sum();
        var cumulative = new List<double>();
        double running = 0.0;
        for (int arm = 0; arm < powers.Count; arm++)
        {
            running += powers[arm];
            cumulative.Add(running / total);
        }

        double draw = Generator.NextDouble();
        for (int arm = 0; arm < cumulative.Count - 1; arm++)
        {
            if (draw <= cumulative[arm])
            {
                return arm;
            }
        }

        return cumulative.Count - 1;
    }
}
