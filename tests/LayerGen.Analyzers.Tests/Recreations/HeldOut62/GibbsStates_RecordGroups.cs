// Idiom: Boltzmann/Gibbs distribution over states written with records and LINQ: the states of all systems in
// one flat sequence, grouped by system, Boltzmann factors exp(-E / kT) taken straight from the energies.
// Use: equilibrium state occupancies per system.
// Layout: IEnumerable<State> records, GroupBy system, Select to factors, Sum, Dictionary<int, double[]> out.
// Inspired by: textbook Boltzmann-distribution examples (Z = sum exp(-E_i / kT)); own code.
// Label: LG0003 — exp of the raw energies over kT (0/0 or inf/inf when |E| / kT exceeds about 709).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut62.GibbsStates_RecordGroups;

public sealed record State(int System, string Label, double Energy);

public static class Boltzmann
{
    public static Dictionary<int, double[]> Occupancies(IEnumerable<State> states, double kT)
    {
        var result = new Dictionary<int, double[]>();
        foreach (var group in states.GroupBy(s => s.System))
        {
            double[] factors = group.Select(s => Math.Exp(-s.Energy / kT)).ToArray(); //~ LG0003
            double z = factors.Sum();
            result[group.Key] = factors.Select(f => f / z).ToArray();
        }

        return result;
    }
}
