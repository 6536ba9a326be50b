// Idiom: a `Comparison<double>` static lambda given to the file's own generic `Largest<T>(IEnumerable<T>, Comparison<T>)`.
// Use: per-sample probabilities of a class-major flat buffer.
// Layout: flat double[classes * batch], class-major: sample b's class c sits at `c * batch + b`.
// Correct: `Largest` is given the strided classes of one sample b; the exps subtract that sample's peak.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.Comparison_LargestPerSample;

public static class Strided
{
    private static T Largest<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        using IEnumerator<T> it = items.GetEnumerator();
        if (!it.MoveNext()) throw new ArgumentException("empty sequence", nameof(items));
        T best = it.Current;
        while (it.MoveNext())
        {
            if (compare(it.Current, best) > 0) best = it.Current;
        }

        return best;
    }

    public static double[] Softmax(double[] z, int classes, int batch)
    {
        Comparison<double> byValue = static (a, b) => a.CompareTo(b);
        var p = new double[z.Length];
        for (int b = 0; b < batch; b++)
        {
            int sample = b;
            double peak = Largest(Enumerable.Range(0, classes).Select(c => z[c * batch + sample]), byValue);
            double sum = 0;
            for (int c = 0; c < classes; c++) sum += p[c * batch + b] = Math.Exp(z[c * batch + b] - peak);
            for (int c = 0; c < classes; c++) p[c * batch + b] /= sum;
        }

        return p;
    }
}
