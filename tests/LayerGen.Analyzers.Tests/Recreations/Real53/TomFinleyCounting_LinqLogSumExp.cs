// Source: TomFinley-scratch/Counting Counting/LogUtils.cs:47, :52 and Counting/Counter.cs:76 at 139bd9f / 2096afa (re-created, not copied)
// Layout: log-sum-exp over an IEnumerable<double> in two LINQ passes (Max, then Log of Sum of Exp(x − max) plus
// max), returning the maximum itself when it is infinite (all −∞ gives −∞); a params overload forwards to it; a
// dynamic program over a bit pattern keeps log-probabilities per count and combines them with LogSumExp of a
// Take(cc) prefix of a work array.
// Label: correct — log-sum-exp with its maximum subtracted (silent for log-sum-exp forms); inputs offset by ±1000
// give the result offset by the same amount. The dynamic program has no exp of its own.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real53.TomFinleyCountingLinqLogSumExp;

public static class LogUtils
{
    public static double LogNcK(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return double.NegativeInfinity;
        }

        double result = 0;
        for (int i = 1; i <= k; i++)
        {
            result += Math.Log(n - k + i) - Math.Log(i);
        }

        return result;
    }

    public static double LogSumExp(params double[] a)
    {
        return LogSumExp((IEnumerable<double>)a);
    }

    public static double LogSumExp(IEnumerable<double> a)
    {
        double amax = a.Max();
        if (double.IsInfinity(amax))
        {
            return amax;
        }

        return Math.Log(a.Select(x => Math.Exp(x - amax)).Sum()) + amax;
    }
}

public sealed class Counter
{
    private readonly double[] _logProbs;

    public Counter(params double[] probs)
    {
        double psum = probs.Sum();
        _logProbs = probs.Select(p => Math.Log(p / psum)).ToArray();
    }

    public double LogP2(BitArray b, int c)
    {
        double[] pforward = new double[c + 1];
        for (int i = 1; i < pforward.Length; ++i)
        {
            pforward[i] = double.NegativeInfinity;
        }

        double[] pcurrent = new double[c + 1];
        double[] work = new double[c + 1];

        for (int i = b.Length - 1; i >= 0; --i)
        {
            if (!b[i])
            {
                continue;
            }

            pcurrent[0] = double.NegativeInfinity;
            for (int cc = 1; cc <= c; ++cc)
            {
                for (int j = 1; j <= cc; ++j)
                {
                    work[j - 1] = LogUtils.LogNcK(cc, j) + j * _logProbs[i] + pforward[cc - j];
                }

                pcurrent[cc] = LogUtils.LogSumExp(work.Take(cc));
            }

            var swap = pcurrent;
            pcurrent = pforward;
            pforward = swap;
        }

        return pforward[c];
    }
}
