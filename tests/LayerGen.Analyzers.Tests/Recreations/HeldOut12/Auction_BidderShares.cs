// Source: softmax allocation rule of learned auctions (RegretNet, Dütting et al. 2019; the additive-bidder
// allocation network's softmax over bidders per item). Layout: bidder-major double[bidders, items], so the softmax
// runs down a column; per-item peaks in an array, reverse loops.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Auction_BidderShares
{
    public static double[,] Allocate(double[,] bids, double softness)
    {
        int bidders = bids.GetLength(0), items = bids.GetLength(1);
        var itemPeak = new double[items];
        for (int j = items - 1; j >= 0; j--)
        {
            itemPeak[j] = double.NegativeInfinity;
            for (int b = bidders - 1; b >= 0; b--)
            {
                itemPeak[j] = Math.Max(itemPeak[j], bids[b, j] / softness);
            }
        }

        var allocation = new double[bidders, items];
        for (int j = items - 1; j >= 0; j--)
        {
            double z = 0.0;
            for (int b = bidders - 1; b >= 0; b--)
            {
                allocation[b, j] = Math.Exp(bids[b, j] / softness - itemPeak[j]);
                z += allocation[b, j];
            }

            for (int b = bidders - 1; b >= 0; b--)
            {
                allocation[b, j] /= z;
            }
        }

        return allocation;
    }
}
