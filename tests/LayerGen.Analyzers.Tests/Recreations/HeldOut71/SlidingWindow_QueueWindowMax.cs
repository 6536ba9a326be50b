// Idiom: sliding-window pipeline with a Queue<double> of the last `width` scores (Enqueue, Dequeue when full).
// Use: local attention — a weight vector over every full window of a score stream.
// Layout: IEnumerable<double> stream → List<double[]>, one softmax per window position.
// Correct: `window.Max()` and the sum both run over the queue's current window.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.SlidingWindow_QueueWindowMax;

public static class WindowAttention
{
    public static List<double[]> Windows(IEnumerable<double> scores, int width)
    {
        var window = new Queue<double>(width);
        var outputs = new List<double[]>();
        foreach (double s in scores)
        {
            window.Enqueue(s);
            if (window.Count > width) window.Dequeue();
            if (window.Count < width) continue;
            double top = window.Max();
            var w = new double[width];
            double mass = 0;
            int i = 0;
            foreach (double v in window)
            {
                w[i] = Math.Exp(v - top);
                mass += w[i];
                i++;
            }
            for (int k = 0; k < width; k++) w[k] /= mass;
            outputs.Add(w);
        }
        return outputs;
    }
}
