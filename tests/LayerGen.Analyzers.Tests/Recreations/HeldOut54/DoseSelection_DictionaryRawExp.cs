// Idiom: dose-selection policy over the doses of each protocol, protocol name -> expected utilities. Use: same as the
// record version, fed from a configuration table.
// Layout: Dictionary<string, double[]>, `foreach` deconstruction of the pairs, LINQ `Select`/`Sum`.
// Inspired by: m2cgen's generated C# classifiers (found with the code search), which exponentiate raw scores and divide
// by their sum; our own code.
// Bug (LG0003): the utilities are exponentiated without subtracting their maximum (overflow to Infinity / NaN for
// large utilities over a small temperature).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.DoseSelection_DictionaryRawExp;

public static class DoseTable
{
    public static Dictionary<string, double[]> SelectionWeights(Dictionary<string, double[]> utilitiesByProtocol, double temperature)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (protocol, utilities) in utilitiesByProtocol)
        {
            double[] w = utilities.Select(u => Math.Exp(u / temperature)).ToArray(); //~ LG0003
            double z = w.Sum();
            result[protocol] = w.Select(x => x / z).ToArray();
        }

        return result;
    }
}
