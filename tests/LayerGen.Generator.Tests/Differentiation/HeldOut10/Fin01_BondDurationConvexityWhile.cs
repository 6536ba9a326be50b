// expect: gradient
// Finance: price, Macaulay duration, modified duration and convexity of a 10-year annual-coupon bond, as a fixed-income
// spreadsheet port writes them with a counting while over the cash flows and Math.Pow discount factors. The row gives
// two bonds: a yield 0.5 % + 14 %·σ(x) and a coupon 1 % + 9 %·σ(x). Outputs four numbers per bond.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 8)]
public partial class BondDurationConvexityWhile
{
    const int Years = 10;
    const double Face = 100.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int b = 0; b < 2; b++)
        {
            double yield = 0.005 + 0.14 / (1.0 + Math.Exp(-x[2 * b]));
            double coupon = Face * (0.01 + 0.09 / (1.0 + Math.Exp(-x[2 * b + 1])));
            double price = 0.0, weighted = 0.0, convexity = 0.0;
            int t = 1;
            while (t <= Years)
            {
                double cash = t == Years ? coupon + Face : coupon;
                double pv = cash / Math.Pow(1.0 + yield, t);
                price += pv;
                weighted += t * pv;
                convexity += t * (t + 1) * pv;
                t++;
            }
            double macaulay = weighted / price;
            y[4 * b] = price;
            y[4 * b + 1] = macaulay;
            y[4 * b + 2] = macaulay / (1.0 + yield);
            y[4 * b + 3] = convexity / (price * (1.0 + yield) * (1.0 + yield));
        }
    }
}
