// known gap: (1 − y) · y of the parameter y, the softmax output a caller passes in, not a proven softmax (see README)
// gap: -LG0007@93
// Source: luungoc2005/fasttext-net-core NeuralNetwork/Activations.cs:37, :47, :79, :105, :131 (commit 318f75dbdbfb)
// (re-created, not copied)
// Layout: the activation helpers of a .NET Core fastText-style text classifier (namespace BotBotNLP), static methods
// over double[] marked AggressiveInlining. Softmax takes the maximum seeded with input[0], exp(x − max) into a scratch
// array, and divides by the sum. LogSoftmax repeats those loops and then takes Math.Log(e_x / scale), the log of the
// probability (−∞ once a logit is ~745 below the maximum), where x − max − log(scale) needs no exp at all.
// Softmax_backwards returns (1 − y) · y element-wise, the Jacobian's diagonal. Sigmoid and its derivative (1 − s) · s of
// s = Sigmoid(x) are the element-wise look-alikes. (The source's array overloads go through a helper that allocates
// input.Length − 1 outputs and throws; they are left out.)
// Label: Softmax correct; LogSoftmax LG0005; Softmax_backwards LG0007; Sigmoid / Sigmoid_backwards correct (look-alikes).
using System;
using System.Runtime.CompilerServices;

namespace Recreations.Real57.Luungoc2005FasttextNetCore_LogOfSoftmaxAndDiagonalBackwards;

/// <summary>The network's activations.</summary>
internal static class Activations
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid(double input)
    {
        return 1 / (1 + Math.Exp(-input));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid_backwards(double input)
    {
        var s = Sigmoid(input);
        return (1 - s) * s;
    }

    /// <summary>The softmax of <paramref name="input"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double[] Softmax(double[] input)
    {
        var max = input[0];
        for (var i = 1; i < input.Length; i++)
        {
            if (input[i] > max) max = input[i];
        }

        var e_x = new double[input.Length];
        var scale = 0.0;
        for (var i = 0; i < input.Length; i++)
        {
            e_x[i] = Math.Exp(input[i] - max);
            scale += e_x[i];
        }

        for (var i = 0; i < input.Length; i++)
        {
            e_x[i] = e_x[i] / scale;
        }

        return e_x;
    }

    /// <summary>The log of the softmax of <paramref name="input"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double[] LogSoftmax(double[] input)
    {
        var max = input[0];
        for (var i = 1; i < input.Length; i++)
        {
            if (input[i] > max) max = input[i];
        }

        var e_x = new double[input.Length];
        var scale = 0.0;
        for (var i = 0; i < input.Length; i++)
        {
            e_x[i] = Math.Exp(input[i] - max);
            scale += e_x[i];
        }

        for (var i = 0; i < input.Length; i++)
        {
            e_x[i] = Math.Log(e_x[i] / scale); //~ LG0005
        }

        return e_x;
    }

    /// <summary>The derivative of the softmax output <paramref name="input"/>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double[] Softmax_backwards(double[] input)
    {
        var e_x = new double[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            e_x[i] = (1 - input[i]) * input[i]; //~ LG0007
        }

        return e_x;
    }
}
