// Idiom: pooling by attention written with LINQ, one statement lambda per seed query
// Layout: List<double[]> seeds and set elements; List<double[]> weights [seed][element]
// Bug (LG0002): the divisor is the total of every seed's exps, not each seed's own sum
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut37.SetPooling_MassOverAllSeeds;

public static class PoolingByAttention
{
    public static List<double[]> Weights(List<double[]> seeds, List<double[]> set)
    {
        double scale = 1.0 / Math.Sqrt(seeds[0].Length);
        var exps = seeds.Select(q =>
        {
            double[] logits = set.Select(x => Dot(q, x) * scale).ToArray();
            double top = logits.Max();
            return logits.Select(l => Math.Exp(l - top)).ToArray();
        }).ToList();
        double mass = exps.Sum(r => r.Sum()); //~ LG0002
        return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
