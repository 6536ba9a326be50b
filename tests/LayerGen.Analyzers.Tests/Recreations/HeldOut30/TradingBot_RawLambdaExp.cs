// A trading RL bot's action policy per tick (buy / hold / sell Q-values from a DQN over a replayed price history):
// every tick's Q-values become action probabilities in a LINQ pipeline.
// Layout: List<double[]> (one double[3] of Q-values per tick); one softmax per tick, via Select inside Select.
// Bug (LG0003): the inner lambda exponentiates Q / T with no max subtracted; Q-values in the hundreds (unscaled PnL
// rewards) overflow double above ~709·T and the tick's probabilities become NaN.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut30.TradingBot_RawLambdaExp;

/// <summary>Boltzmann policy of a trading agent over a history of ticks.</summary>
public static class TickPolicy
{
    /// <summary>Probabilities of buy / hold / sell for every tick.</summary>
    public static List<double[]> ActionProbabilities(List<double[]> qPerTick, double temperature) =>
        qPerTick
            .Select(q =>
            {
                double[] e = q.Select(v => Math.Exp(v / temperature)).ToArray(); //~ LG0003
                double z = e.Sum();
                return e.Select(w => w / z).ToArray();
            })
            .ToList();
}
