// Fourier features through System.Numerics.Complex (e^{iπx} split into real and imaginary parts), the way someone
// coming from NumPy's complex arrays writes it: arithmetic on a struct type outside float/double.
// expect: error
using System;
using System.Numerics;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(4, 8)]
public partial class ComplexExpFourierFeatures
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[2 * i] = Complex.Exp(Complex.ImaginaryOne * Math.PI * x[i]).Real; //~ LG11
            y[2 * i + 1] = Complex.Exp(Complex.ImaginaryOne * Math.PI * x[i]).Imaginary; //~ LG11
        }
    }
}
