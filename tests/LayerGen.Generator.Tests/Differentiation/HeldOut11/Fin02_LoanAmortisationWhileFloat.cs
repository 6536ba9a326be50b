// expect: gradient
// A fixed-rate loan amortisation schedule over six months: the annuity payment P = B·r/(1 − (1 + r)^(−n)) with the
// monthly rate and the principal from the row, then a counting while loop splitting each payment into interest
// and principal; outputs the remaining balance after each month (float). Shape of mortgage-calculator code in C#
// tutorials, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(2, 6)]
public partial class LoanAmortisationWhileFloat
{
    const int Months = 6;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float rate = 0.001f + 0.02f / (1f + MathF.Exp(-x[0]));
        float balance = 10f * MathF.Exp(0.5f * MathF.Tanh(x[1]));        // thousands
        float payment = balance * rate / (1f - MathF.Pow(1f + rate, -Months));
        int month = 0;
        while (month < Months)
        {
            float interest = balance * rate;
            balance -= payment - interest;
            y[month] = balance;
            month++;
        }
    }
}
