// HeldOut28. Idiom: a static ArrayUtils class in the same file holding Max/Sum/Subtract/Exp/Divide helpers over whole
// arrays, called per instance by a classifier's DistributionsForInstances (Weka's Utils.normalize style).
// Use: multinomial logistic classifier. Layout: jagged double[instances][classes], each row copied. Correct.
using System;

namespace LayerGen.HeldOut28.WekaUtils_DistributionForInstance;

/// <summary>Whole-array helpers.</summary>
public static class ArrayUtils
{
    public static double Max(double[] a)
    {
        var m = a[0];
        for (var i = 1; i < a.Length; i++)
        {
            if (a[i] > m) m = a[i];
        }

        return m;
    }

    public static double Sum(double[] a)
    {
        var s = 0.0;
        foreach (var v in a) s += v;
        return s;
    }

    public static void SubtractInPlace(double[] a, double value)
    {
        for (var i = 0; i < a.Length; i++) a[i] -= value;
    }

    public static void ExpInPlace(double[] a)
    {
        for (var i = 0; i < a.Length; i++) a[i] = Math.Exp(a[i]);
    }

    public static void Normalize(double[] a, double sum)
    {
        for (var i = 0; i < a.Length; i++) a[i] /= sum;
    }
}

/// <summary>Turns per-class scores into class distributions.</summary>
public sealed class MultinomialClassifier
{
    public double[][] DistributionsForInstances(double[][] scores)
    {
        var result = new double[scores.Length][];
        for (var i = 0; i < scores.Length; i++)
        {
            var dist = (double[])scores[i].Clone();
            ArrayUtils.SubtractInPlace(dist, ArrayUtils.Max(dist));
            ArrayUtils.ExpInPlace(dist);
            ArrayUtils.Normalize(dist, ArrayUtils.Sum(dist));
            result[i] = dist;
        }

        return result;
    }
}
