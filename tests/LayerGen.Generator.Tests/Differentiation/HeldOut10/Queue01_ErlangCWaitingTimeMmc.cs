// expect: gradient
// Queueing: the M/M/c queue's Erlang C probability of waiting, C = (a^c/c!)/(1 − ρ) / (Σ_{k<c} a^k/k! + (a^c/c!)/(1 − ρ)),
// from a running term a^k/k! in a counting do/while, then Wq = C/(cμ − λ) and the M/M/1 mean number in system for
// comparison. Offered load from the row keeps ρ = σ(x) < 1; learnable log service rate μ. Four (c = 3) queues per row.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 12)]
public partial class ErlangCWaitingTimeMmc
{
    const int Servers = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> logServiceRate)
    {
        double mu = Math.Exp(logServiceRate[0]);
        for (int q = 0; q < x.Length; q++)
        {
            double rho = 0.02 + 0.96 / (1.0 + Math.Exp(-x[q]));
            double lambda = rho * Servers * mu;
            double a = lambda / mu;
            double term = 1.0, partial = 0.0;
            int k = 0;
            do
            {
                partial += term;
                k++;
                term *= a / k;
            } while (k < Servers);
            double tail = term / (1.0 - rho);
            double erlangC = tail / (partial + tail);
            y[3 * q] = erlangC;
            y[3 * q + 1] = erlangC / (Servers * mu - lambda);
            double rho1 = rho;                          // M/M/1 at the same utilisation
            y[3 * q + 2] = rho1 / (1.0 - rho1);
        }
    }
}
