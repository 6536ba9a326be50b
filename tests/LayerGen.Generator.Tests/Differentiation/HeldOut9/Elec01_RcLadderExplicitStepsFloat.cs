// Electrical circuits: a three-stage RC ladder (low-pass) driven by the row as a sampled source voltage, stepped by
// forward Euler; learnable log resistances and log capacitances per stage; the output is the last node's voltage.
// Shape: a SPICE-less circuits homework in Python (node equations, explicit steps), ported to float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class RcLadderExplicitStepsFloat
{
    const int Stages = 3;
    const float Dt = 0.1f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(Stages)] ReadOnlySpan<float> logResistance,
        [Learnable(Stages)] ReadOnlySpan<float> logCapacitance)
    {
        Span<float> v = stackalloc float[Stages];
        Span<float> current = stackalloc float[Stages];
        v.Clear();

        int t = 0;
        while (t < x.Length)
        {
            float upstream = x[t];                       // source voltage at this sample
            for (int s = 0; s < Stages; s++)
            {
                current[s] = (upstream - v[s]) / MathF.Exp(logResistance[s]);
                upstream = v[s];
            }
            for (int s = 0; s < Stages; s++)
            {
                float outflow = s + 1 < Stages ? current[s + 1] : 0f;
                v[s] += Dt * (current[s] - outflow) / MathF.Exp(logCapacitance[s]);
            }
            y[t] = v[Stages - 1];
            t++;
        }
    }
}
