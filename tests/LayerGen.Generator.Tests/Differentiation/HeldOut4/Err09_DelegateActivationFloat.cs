// A configurable activation held in a delegate field (Func<float, float>, the way a C# port of Keras' activation=...
// argument is often written): the generator cannot know which method the delegate calls.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class DelegateActivationFloat
{
    static readonly Func<float, float> Activation = MathF.Tanh;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Activation(2f * x[i]); //~ LG11
    }
}
