// Bug variants (our own code) of a softmax whose sum is a reduction of a user element-wise map's result: the wrapper's
// own Sum() over its storage (LINQ over an auto-property, a loop over a private field), LINQ Sum and Aggregate over an
// array extension map. Every exp is of the raw logits.
// Layouts: a 1-D wrapper Vector (auto-property Values) and Signal (private field _samples); double[] with an extension Map.
// Labels: every method LG0003 ×2 (the summed exps and the normalised exps).
using System;
using System.Linq;

namespace Recreations.UserMapReductionsRawSums;

public sealed class Vector
{
    public Vector(double[] values) => Values = values;

    public double[] Values { get; }

    public Vector Map(Func<double, double> f) => new(Values.Select(f).ToArray());

    public double Sum() => Values.Sum();
}

public sealed class Signal
{
    private readonly double[] _samples;

    public Signal(double[] samples) => _samples = samples;

    public Signal Apply(Func<double, double> f)
    {
        var result = new double[_samples.Length];
        for (int i = 0; i < _samples.Length; i++)
        {
            result[i] = f(_samples[i]);
        }

        return new Signal(result);
    }

    public double Total()
    {
        double total = 0;
        foreach (var s in _samples)
        {
            total += s;
        }

        return total;
    }
}

public static class ArrayMaps
{
    public static double[] Map(this double[] v, Func<double, double> f) => v.Select(f).ToArray();
}

public static class Softmaxes
{
    public static Vector OfVector(Vector x)
    {
        double s = x.Map(e => Math.Exp(e)).Sum(); //~ LG0003
        return x.Map(e => Math.Exp(e) / s); //~ LG0003
    }

    public static Signal OfSignal(Signal x)
    {
        var total = x.Apply(v => Math.Exp(v)).Total(); //~ LG0003
        return x.Apply(v => Math.Exp(v) / total); //~ LG0003
    }

    public static double[] OfArray(double[] x)
    {
        double s = x.Map(e => Math.Exp(e)).Aggregate(0.0, (a, b) => a + b); //~ LG0003
        return x.Select(e => Math.Exp(e) / s).ToArray(); //~ LG0003
    }
}
