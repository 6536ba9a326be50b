// HeldOut28. Idiom: an abstract ActivationFunction class with a static readonly name → instance registry (brain.js /
// synaptic-style activation lookup by string), overridden Activate per activation; the network picks "softmax" by name.
// Use: output activation chosen from a configuration string. Layout: jagged float[batch][classes], a new array per row.
// Bug LG0003: the softmax exponentiates the raw logits (no max subtracted): overflow to ∞/∞ = NaN for large logits.
using System;
using System.Collections.Generic;

namespace LayerGen.HeldOut28.ActivationRegistry_RawExpSoftmax;

/// <summary>An activation over a whole layer output.</summary>
public abstract class ActivationFunction
{
    public static readonly IReadOnlyDictionary<string, ActivationFunction> Registry =
        new Dictionary<string, ActivationFunction>(StringComparer.OrdinalIgnoreCase)
        {
            ["relu"] = new Relu(),
            ["softmax"] = new Softmax(),
        };

    public abstract float[] Activate(float[] x);

    private sealed class Relu : ActivationFunction
    {
        public override float[] Activate(float[] x)
        {
            var y = new float[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : 0f;
            }

            return y;
        }
    }

    private sealed class Softmax : ActivationFunction
    {
        public override float[] Activate(float[] x)
        {
            var y = new float[x.Length];
            var sum = 0f;
            for (var i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i]); //~ LG0003
                sum += y[i];
            }

            for (var i = 0; i < y.Length; i++)
            {
                y[i] /= sum;
            }

            return y;
        }
    }
}

/// <summary>Applies the configured output activation to every row.</summary>
public sealed class ConfiguredNetwork(string outputActivation)
{
    private readonly ActivationFunction _output = ActivationFunction.Registry[outputActivation];

    public float[][] Output(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (var b = 0; b < logits.Length; b++)
        {
            result[b] = _output.Activate(logits[b]);
        }

        return result;
    }
}
