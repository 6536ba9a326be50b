// Electrophysiology: Goldman–Hodgkin–Katz resting potential and the three Nernst potentials from log-scale ion
// concentrations (outside K, Na, Cl; inside K, Na, Cl) with learnable log permeability ratios P_Na/P_K, P_Cl/P_K.
// Shape: a neuroscience course's GHK calculator (Hille, Ion Channels), ported to C# with a named-tuple helper.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 4)]
public partial class GoldmanHodgkinKatzPotential
{
    const double ThermalVoltageMillivolts = 25.69;   // RT/F at 25 °C

    static (double K, double Na, double Cl) Concentrations(ReadOnlySpan<double> logOffsets, double k, double na, double cl) =>
        (k * Math.Exp(0.1 * logOffsets[0]), na * Math.Exp(0.1 * logOffsets[1]), cl * Math.Exp(0.1 * logOffsets[2]));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(2, Initial = -2)] ReadOnlySpan<double> logPermeabilityRatio)
    {
        var (ko, nao, clo) = Concentrations(x[..3], 5, 145, 110);      // mM, extracellular
        var (ki, nai, cli) = Concentrations(x[3..], 140, 12, 10);      // mM, intracellular
        double pNa = Math.Exp(logPermeabilityRatio[0]);
        double pCl = Math.Exp(logPermeabilityRatio[1]);

        // Cl⁻ is an anion: its inside concentration goes in the numerator.
        double numerator = ko + pNa * nao + pCl * cli;
        double denominator = ki + pNa * nai + pCl * clo;
        y[0] = ThermalVoltageMillivolts * Math.Log(numerator / denominator);
        y[1] = ThermalVoltageMillivolts * Math.Log(ko / ki);
        y[2] = ThermalVoltageMillivolts * Math.Log(nao / nai);
        y[3] = -ThermalVoltageMillivolts * Math.Log(clo / cli);
    }
}
