// expect: error
// A windowing layer that picks its taper through an enum local (WindowKind.Hann), switched on per sample; an enum
// local is outside the subset (locals are float, double, int, bool or spans; use a const int or separate layers):
// LG11xx at its declaration. Shape of C# DSP libraries' window enums (NAudio/MathNet style), written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class WindowKindEnumLocal
{
    enum WindowKind { Rectangular, Hann, Hamming }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        WindowKind kind = WindowKind.Hann; //~ LG11
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double phase = 2 * Math.PI * i / (n - 1);
            double w = kind switch
            {
                WindowKind.Hann => 0.5 - 0.5 * Math.Cos(phase),
                WindowKind.Hamming => 0.54 - 0.46 * Math.Cos(phase),
                _ => 1.0,
            };
            y[i] = w * x[i];
        }
    }
}
