// The activation chosen by a strategy object behind an interface (an OO habit: IActivation with Swish as one
// implementation, held in a static readonly field): a virtual call whose target the generator cannot see.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class InterfaceActivationStrategy
{
    interface IActivation
    {
        double Apply(double v);
    }

    sealed class Swish : IActivation
    {
        public double Apply(double v) => v / (1 + Math.Exp(-v));
    }

    static readonly IActivation Activation = new Swish();

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = Activation.Apply(x[i]); //~ LG11
    }
}
