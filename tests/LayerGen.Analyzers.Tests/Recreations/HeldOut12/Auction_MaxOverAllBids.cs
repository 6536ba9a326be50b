// Source: softmax allocation of learned auctions (RegretNet, Dütting et al. 2019): per item, a softmax over bidders.
// Layout: bidder-major double[bidders, items]; the shift is LINQ `Cast<double>().Max()` over the whole bid matrix.
// Bug: LG0001 — the max spans every item's bids, not the one item's bidders.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class Auction_MaxOverAllBids
{
    public static double[,] Allocate(double[,] bids)
    {
        int bidders = bids.GetLength(0), items = bids.GetLength(1);
        double top = bids.Cast<double>().Max(); //~ LG0001
        var allocation = new double[bidders, items];
        for (int j = 0; j < items; j++)
        {
            double z = 0.0;
            for (int b = 0; b < bidders; b++)
            {
                allocation[b, j] = Math.Exp(bids[b, j] - top);
                z += allocation[b, j];
            }

            for (int b = 0; b < bidders; b++)
            {
                allocation[b, j] /= z;
            }
        }

        return allocation;
    }
}
