// Idiom: an interface with a default implementation — `IProbabilityHead.Probabilities` is a LINQ default method over
// `IReadOnlyList<double>`; the class only opts in; a static helper maps it over a list of rows.
// Use: turning per-sample scores into class probabilities.
// Layout: List<double[]> (one array per sample).
// Bug: LG0003 — `logits.Select(Math.Exp)` exponentiates the raw logits (no max subtracted): ∞/∞ = NaN above ~709.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut74.InterfaceDefault_RawSelect;

public interface IProbabilityHead
{
    double[] Probabilities(IReadOnlyList<double> logits)
    {
        double[] e = logits.Select(Math.Exp).ToArray(); //~ LG0003
        double s = e.Sum();
        return Array.ConvertAll(e, v => v / s);
    }
}

public sealed class ClassifierHead : IProbabilityHead
{
}

public static class Heads
{
    public static List<double[]> Apply(IProbabilityHead head, List<double[]> rows) =>
        rows.ConvertAll(row => head.Probabilities(row));
}
