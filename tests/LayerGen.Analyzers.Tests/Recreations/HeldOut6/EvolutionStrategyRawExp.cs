// Source: evolution-strategy recombination weights in C# (softmax of fitness with a temperature, written as a LINQ
// pipeline), re-created without the shift.
// Layout: one population's fitness values (1-D); weights = softmax(fitness / temperature).
// Bug LG0003: Math.Exp(f / temperature) of raw fitness values, then divided by their sum.
using System;
using System.Linq;

namespace HeldOut6.EvolutionStrategyRawExp;

public static class RawFitnessShaping
{
    public static double[] Weights(double[] fitness, double temperature)
    {
        double[] e = fitness.Select(f => Math.Exp(f / temperature)).ToArray(); //~ LG0003
        double total = e.Sum();
        return e.Select(v => v / total).ToArray();
    }
}
