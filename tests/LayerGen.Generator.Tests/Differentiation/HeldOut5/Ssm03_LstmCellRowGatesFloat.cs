// The element-wise half of an LSTM cell (as in cuDNN / torch's fused LSTM kernel after the gate matmuls): the row is
// gate pre-activations i | f | g | o and the previous cell c, the output is h' | c'. Sigmoid is written
// 1 / (1 + exp(−v)), so exp overflows inside at −1000 (the output stays finite, the chain has ∞·0).
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(20, 8)]
public partial class LstmCellRowGatesFloat
{
    static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int hidden = 4;
        for (int j = 0; j < hidden; j++)
        {
            float inputGate = Sigmoid(x[j]);
            float forgetGate = Sigmoid(x[hidden + j]);
            float candidate = MathF.Tanh(x[2 * hidden + j]);
            float outputGate = Sigmoid(x[3 * hidden + j]);
            float cell = forgetGate * x[4 * hidden + j] + inputGate * candidate;
            y[hidden + j] = cell;
            y[j] = outputGate * MathF.Tanh(cell);
        }
    }
}
