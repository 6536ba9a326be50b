// Idiom: `List<T>.ConvertAll` with an explicit `new Converter<double, double>(static v => Math.Exp(v))`.
// Use: probabilities of each row of a list of lists.
// Layout: List<List<double>>, one softmax per inner list.
// Bug (LG0003): the static lambda exponentiates the raw logits; no max is subtracted (∞/∞ = NaN above ~709).
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.Converter_RawStaticLambda;

public static class ListOfLists
{
    public static List<List<double>> Softmax(List<List<double>> batch)
    {
        var result = new List<List<double>>(batch.Count);
        foreach (List<double> row in batch)
        {
            List<double> e = row.ConvertAll(new Converter<double, double>(static v => Math.Exp(v))); //~ LG0003
            double z = e.Sum();
            result.Add(e.ConvertAll(v => v / z));
        }

        return result;
    }
}
