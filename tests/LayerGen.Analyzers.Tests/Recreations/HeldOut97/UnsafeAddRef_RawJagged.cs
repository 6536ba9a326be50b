// Idiom: per-row ref walk with MemoryMarshal.GetArrayDataReference and Unsafe.Add over jagged rows.
// Use: softmax over the action scores of each agent in a game AI loop (rows of different agents).
// Layout: jagged double[batch][classes]; softmax over each inner array.
// Bug (LG0003): the exponentials are taken of the raw scores, no maximum is subtracted (∞/∞ = NaN above ~709).
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut97.UnsafeAddRef_RawJagged;

public static class AgentPolicy
{
    public static double[][] Probabilities(double[][] scores)
    {
        var result = new double[scores.Length][];
        for (int a = 0; a < scores.Length; a++)
        {
            double[] row = scores[a];
            var p = new double[row.Length];
            ref double s0 = ref MemoryMarshal.GetArrayDataReference(row);
            ref double p0 = ref MemoryMarshal.GetArrayDataReference(p);

            double z = 0;
            for (int i = 0; i < row.Length; i++)
            {
                double e = Math.Exp(Unsafe.Add(ref s0, i)); //~ LG0003
                Unsafe.Add(ref p0, i) = e;
                z += e;
            }

            for (int i = 0; i < p.Length; i++)
                Unsafe.Add(ref p0, i) /= z;

            result[a] = p;
        }

        return result;
    }
}
