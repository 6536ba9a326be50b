// Idiom: dose-selection policy of a dosing-decision-support model: softmax (with a temperature) over the expected
// utility of each dose a protocol allows. Use: suggests a starting dose per protocol for the pharmacist to confirm.
// Layout: records `Protocol(Name, Doses)` with `Dose(Milligrams, Utility)`; LINQ `Max`, `Select`, `Sum` per protocol.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.DoseSelection_ProtocolRecordsLinq;

public sealed record Dose(double Milligrams, double Utility);

public sealed record Protocol(string Name, IReadOnlyList<Dose> Doses);

public static class DosePolicy
{
    public static List<double[]> SelectionWeights(IEnumerable<Protocol> protocols, double temperature)
    {
        var weights = new List<double[]>();
        foreach (Protocol protocol in protocols)
        {
            double best = protocol.Doses.Max(d => d.Utility);
            double[] w = protocol.Doses.Select(d => Math.Exp((d.Utility - best) / temperature)).ToArray();
            double sum = w.Sum();
            weights.Add(w.Select(x => x / sum).ToArray());
        }

        return weights;
    }
}
