// Source: functional-style C# ports of F# ML snippets (F# "softmax with Seq.fold" translated with Aggregate/Zip;
// fsharp ML course code in C#): a pure 1-D softmax, called once per row by its caller.
// Layout: IEnumerable<double> in, double[] out; max and sum via Aggregate, division via Zip.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.HeldOut4.LinqFunctionalZipAggregate;

public static class FunctionalSoftmax
{
    public static double[] Softmax(IEnumerable<double> logits)
    {
        double[] xs = logits.ToArray();
        double m = xs.Aggregate(double.NegativeInfinity, Math.Max);
        double[] exps = xs.Select(v => Math.Exp(v - m)).ToArray();
        double z = exps.Aggregate(0.0, (acc, e) => acc + e);
        return exps.Zip(Enumerable.Repeat(z, exps.Length), (e, s) => e / s).ToArray();
    }

    public static double[][] Rows(IEnumerable<double[]> rows) => rows.Select(r => Softmax(r)).ToArray();
}
