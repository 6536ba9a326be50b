// Correct twins (our own code) of UserMapReductions_RawSums.cs: the same wrapper types and maps, every exp shifted by
// the maximum of the same vector (the wrapper's own Max(): LINQ over the auto-property, a loop with Math.Max over the
// private field, an if-max; LINQ Max of the array).
// Layouts: as in UserMapReductions_RawSums.cs.
// Labels: every method correct.
using System;
using System.Linq;

namespace Recreations.UserMapReductionsShiftedSums;

public sealed class Vector
{
    public Vector(double[] values) => Values = values;

    public double[] Values { get; }

    public Vector Map(Func<double, double> f) => new(Values.Select(f).ToArray());

    public double Sum() => Values.Sum();

    public double Max() => Values.Max();
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

    public double Peak()
    {
        double peak = _samples[0];
        for (int i = 1; i < _samples.Length; i++)
        {
            peak = Math.Max(peak, _samples[i]);
        }

        return peak;
    }

    public double Largest()
    {
        double largest = double.NegativeInfinity;
        foreach (var s in _samples)
        {
            if (s > largest)
            {
                largest = s;
            }
        }

        return largest;
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
        double m = x.Max();
        double s = x.Map(e => Math.Exp(e - m)).Sum();
        return x.Map(e => Math.Exp(e - m) / s);
    }

    public static Signal OfSignal(Signal x)
    {
        double m = x.Peak();
        var total = x.Apply(v => Math.Exp(v - m)).Total();
        return x.Apply(v => Math.Exp(v - m) / total);
    }

    public static Signal OfSignalIfMax(Signal x)
    {
        double m = x.Largest();
        var total = x.Apply(v => Math.Exp(v - m)).Total();
        return x.Apply(v => Math.Exp(v - m) / total);
    }

    public static double[] OfArray(double[] x)
    {
        double m = x.Max();
        double s = x.Map(e => Math.Exp(e - m)).Aggregate(0.0, (a, b) => a + b);
        return x.Select(e => Math.Exp(e - m) / s).ToArray();
    }
}
