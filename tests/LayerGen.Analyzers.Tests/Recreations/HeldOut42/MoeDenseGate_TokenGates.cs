// Idiom: mixture-of-experts dense gate: router logits x·Wg per token, softmax over the experts of each token
// Layout: row-major float[tokens, dModel] input, float[dModel, experts] router weights, float[tokens, experts] gates
// Correct
using System;

namespace HeldOut42.MoeDenseGate_TokenGates;

public sealed class DenseMoeGate
{
    private readonly float[,] _wGate;

    public DenseMoeGate(float[,] wGate) => _wGate = wGate;

    public int Experts => _wGate.GetLength(1);

    public float[,] Forward(float[,] x)
    {
        int tokens = x.GetLength(0);
        int dModel = x.GetLength(1);
        int experts = Experts;
        var gates = new float[tokens, experts];

        for (int t = 0; t < tokens; t++)
        {
            // router logits for this token
            for (int e = 0; e < experts; e++)
            {
                float acc = 0f;
                for (int d = 0; d < dModel; d++)
                    acc += x[t, d] * _wGate[d, e];
                gates[t, e] = acc;
            }

            float maxLogit = gates[t, 0];
            for (int e = 1; e < experts; e++)
                if (gates[t, e] > maxLogit) maxLogit = gates[t, e];

            float denom = 0f;
            for (int e = 0; e < experts; e++)
            {
                gates[t, e] = MathF.Exp(gates[t, e] - maxLogit);
                denom += gates[t, e];
            }

            for (int e = 0; e < experts; e++)
                gates[t, e] /= denom;
        }

        return gates;
    }
}
