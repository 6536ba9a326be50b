// Idiom: inline array `[InlineArray(16)]` used as a stack scratch buffer indexed like an array (C# 12).
// Use: class probabilities per sample in a class-major feature map.
// Layout: flat double[classes * batch], class-major (sample b, class c at c * batch + b), at most 16 classes.
// Bug: LG0003 — the exps are of the raw logits, no max subtracted.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;

namespace HeldOut69.InlineArray_ScratchRawExp;

[InlineArray(16)]
public struct Scratch16
{
    private double _first;
}

public static class ClassMajorProbabilities
{
    public static double[] Probabilities(double[] x, int classes, int batch)
    {
        var p = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            Scratch16 e = default;
            double z = 0;
            for (int c = 0; c < classes; c++)
            {
                e[c] = Math.Exp(x[c * batch + b]); //~ LG0003
                z += e[c];
            }

            for (int c = 0; c < classes; c++) p[c * batch + b] = e[c] / z;
        }

        return p;
    }
}
