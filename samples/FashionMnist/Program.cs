// Placeholder until the Fashion-MNIST training sample lands (issue 5).
Console.WriteLine("LayerGen Fashion-MNIST sample: not built yet.");
