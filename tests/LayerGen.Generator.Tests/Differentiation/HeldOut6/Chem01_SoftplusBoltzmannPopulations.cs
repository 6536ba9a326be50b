// expect: gradient
// Boltzmann populations and free energy over a row of conformer energies: E_i = softplus(x_i) (written stably as
// max(v, 0) + log(1 + exp(−|v|))), a learnable log-temperature, p_i = exp(−E_i / T) / Z shifted by the lowest energy,
// and F = −T log Z appended. Shape from computational-chemistry Boltzmann weighting scripts; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6, 7)]
public partial class SoftplusBoltzmannPopulations
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> logTemperature)
    {
        double temperature = Math.Exp(logTemperature[0]);
        Span<double> energy = stackalloc double[6];
        double lowest = double.PositiveInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            energy[i] = Math.Max(x[i], 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(x[i])));
            if (energy[i] < lowest) lowest = energy[i];
        }

        double z = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(-(energy[i] - lowest) / temperature);
            z += y[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] /= z;
        y[6] = lowest - temperature * Math.Log(z);
    }
}
