// Source: nuscien/trivial Core/Maths/Statistics/Softmax.cs:17, :41, :69, :93 at 088ef939f508 (re-created, not
// copied; the NET6_0_OR_GREATER branch taken: MathF.Exp)
// Layout: one distribution given as an IEnumerable of numbers; foreach: exp, List.Add, running sum; then an
// indexed pass dividing the list in place. Softmin is the same with exp(−x).
// Label: Softmax(double) LG0003, Softmax(float) LG0003, Softmin(double) LG0003, Softmin(float) LG0003 — no
// maximum (for softmin: no minimum) is subtracted, so a large logit (a very negative one for softmin) overflows.
using System;
using System.Collections.Generic;

namespace Recreations.NuscienTrivial_EnumerableRawSoftmaxAndSoftmin;

/// <summary>Statistical helpers: softmax and softmin of a sequence.</summary>
public static class StatisticalMethod
{
    /// <summary>Softmax of a sequence of doubles.</summary>
    public static List<double> Softmax(IEnumerable<double> numbers)
    {
        var result = new List<double>();
        var sum = 0d;
        foreach (var number in numbers)
        {
            var exp = Math.Exp(number); //~ LG0003
            result.Add(exp);
            sum += exp;
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] /= sum;
        }

        return result;
    }

    /// <summary>Softmax of a sequence of floats.</summary>
    public static List<float> Softmax(IEnumerable<float> numbers)
    {
        var result = new List<float>();
        var sum = 0f;
        foreach (var number in numbers)
        {
            var exp = MathF.Exp(number); //~ LG0003
            result.Add(exp);
            sum += exp;
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] /= sum;
        }

        return result;
    }

    /// <summary>Softmin of a sequence of doubles: softmax of the negated values.</summary>
    public static List<double> Softmin(IEnumerable<double> numbers)
    {
        var result = new List<double>();
        var sum = 0d;
        foreach (var number in numbers)
        {
            var exp = Math.Exp(-number); //~ LG0003
            result.Add(exp);
            sum += exp;
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] /= sum;
        }

        return result;
    }

    /// <summary>Softmin of a sequence of floats.</summary>
    public static List<float> Softmin(IEnumerable<float> numbers)
    {
        var result = new List<float>();
        var sum = 0f;
        foreach (var number in numbers)
        {
            var exp = MathF.Exp(-number); //~ LG0003
            result.Add(exp);
            sum += exp;
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
