// Erlang-B blocking probability of a five-server loss system for six offered loads a = 3 softplus(x) (Erlangs), by
// the stable recursion B₀ = 1, Bₖ = a Bₖ₋₁ / (k + a Bₖ₋₁) in a helper; softplus written with float's generic-math
// statics (float.Exp, float.Log, float.Max, float.Abs).
// Shape of: the Erlang-B recursion of teletraffic handbooks (ITU-D's Teletraffic Engineering handbook) as coded in call-centre scripts (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class ErlangBRecursionFloat
{
    const int Servers = 5;

    static float Softplus(float v) => float.Max(v, 0.0f) + float.Log(1.0f + float.Exp(-float.Abs(v)));

    static float ErlangB(float load)
    {
        float blocking = 1.0f;
        for (int k = 1; k <= Servers; k++)
            blocking = load * blocking / (k + load * blocking);
        return blocking;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = ErlangB(3.0f * Softplus(x[i]));
    }
}
