// Softmax whose temperature is read from an environment variable on every row (a config knob a user wires in while
// experimenting). Reading the process environment is I/O, not a function of the row: outside any derivable subset.
// expect: error
using System;
using System.Globalization;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class EnvironmentVariableTemperature
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double temperature = double.Parse(Environment.GetEnvironmentVariable("LAYER_TEMPERATURE") ?? "1", CultureInfo.InvariantCulture); //~ LG11
        double max = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp((x[i] - max) / temperature);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] /= sum;
    }
}
