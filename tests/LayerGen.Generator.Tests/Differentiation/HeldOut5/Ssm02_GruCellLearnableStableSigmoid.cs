// A GRU cell (torch.nn.GRUCell's equations) over a row that holds the input x_t (4) | previous hidden h (4), with
// learnable W_ir|W_iz|W_in, W_hr|W_hz|W_hn and biases. The output is h'. Sigmoid is a branch-stable helper.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8, 4)]
public partial class GruCellLearnableStableSigmoid
{
    const int H = 4;

    static double Sigmoid(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

    static double Dot(ReadOnlySpan<double> w, int row, ReadOnlySpan<double> v)
    {
        double s = 0;
        for (int k = 0; k < H; k++) s += w[row * H + k] * v[k];
        return s;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(3 * H * H, StandardDeviation = 0.4)] ReadOnlySpan<double> wInput,
        [Learnable(3 * H * H, StandardDeviation = 0.4)] ReadOnlySpan<double> wHidden,
        [Learnable(3 * H)] ReadOnlySpan<double> bInput,
        [Learnable(3 * H)] ReadOnlySpan<double> bHidden)
    {
        ReadOnlySpan<double> input = x.Slice(0, H);
        ReadOnlySpan<double> hidden = x.Slice(H, H);
        for (int j = 0; j < H; j++)
        {
            double r = Sigmoid(Dot(wInput, j, input) + bInput[j] + Dot(wHidden, j, hidden) + bHidden[j]);
            double z = Sigmoid(Dot(wInput, H + j, input) + bInput[H + j] + Dot(wHidden, H + j, hidden) + bHidden[H + j]);
            double n = Math.Tanh(Dot(wInput, 2 * H + j, input) + bInput[2 * H + j]
                                 + r * (Dot(wHidden, 2 * H + j, hidden) + bHidden[2 * H + j]));
            y[j] = (1 - z) * n + z * hidden[j];
        }
    }
}
