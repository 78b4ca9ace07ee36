package org.annotide.headless.internal.ml;

/**
 * The reference side of {@code bench train}: the n classifier of org.annotide.ml.djl (for 28x28 grey input: 3x3
 * conv 16, BN, ReLU, max-pool; 2 x (3x3 conv 32, BN, ReLU), max-pool; linear 128, ReLU, dropout 0.3, linear 10)
 * trained by PyTorch in Python on the same images, batch size, epochs, optimiser (Adam, cosine decay from 0.001)
 * and augmentation (horizontal flip, shift by up to 3 pixels). Prints BENCH lines, or NO_TORCH.
 */
final class TorchBench {

    private TorchBench() {
    }

    static final String SCRIPT = """
            import gzip, math, os, sys, time
            try:
                import numpy as np
                import torch
                import torch.nn as nn
            except ImportError:
                print("NO_TORCH", flush=True)
                sys.exit(0)

            folder, n_train, n_test, epochs, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
            torch.set_num_threads(os.cpu_count())
            torch.manual_seed(42)

            def images(name, n):
                with gzip.open(os.path.join(folder, name)) as f:
                    data = np.frombuffer(f.read(), np.uint8, offset=16)
                return data.reshape(-1, 1, 28, 28)[:n].astype(np.float32) / 255.0

            def labels(name, n):
                with gzip.open(os.path.join(folder, name)) as f:
                    return np.frombuffer(f.read(), np.uint8, offset=8)[:n].astype(np.int64)

            x = images("train-images-idx3-ubyte.gz", n_train)
            y = labels("train-labels-idx1-ubyte.gz", n_train)
            xt = images("t10k-images-idx3-ubyte.gz", n_test)
            yt = labels("t10k-labels-idx1-ubyte.gz", n_test)
            rng = np.random.default_rng(42)
            order = rng.permutation(len(x))
            cut = int(round(len(x) * 0.95))
            tr = order[:cut]
            mean, std = float(x[tr].mean()), float(x[tr].std())
            x = torch.from_numpy((x - mean) / std)
            xt = torch.from_numpy((xt - mean) / std)
            y = torch.from_numpy(y)
            yt = torch.from_numpy(yt)

            def conv(i, o):
                return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU()]

            net = nn.Sequential(*conv(1, 16), nn.MaxPool2d(2), *conv(16, 32), *conv(32, 32), nn.MaxPool2d(2),
                                nn.Flatten(), nn.Linear(32 * 7 * 7, 128), nn.ReLU(), nn.Dropout(0.3), nn.Linear(128, 10))
            steps = epochs * (len(tr) // batch)
            opt = torch.optim.Adam(net.parameters(), lr=0.001)
            sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, max(1, steps), eta_min=0.00001)
            loss_fn = nn.CrossEntropyLoss()
            speeds = []
            for epoch in range(epochs):
                net.train()
                perm = torch.from_numpy(rng.permutation(tr))
                start = time.perf_counter()
                for b in range(len(tr) // batch):
                    idx = perm[b * batch:(b + 1) * batch]
                    xb = x[idx]
                    flip = torch.rand(len(idx)) < 0.5
                    xb = torch.where(flip[:, None, None, None], xb.flip(3), xb)
                    dx, dy = int(rng.integers(-3, 4)), int(rng.integers(-3, 4))
                    xb = torch.roll(xb, shifts=(dy, dx), dims=(2, 3))
                    opt.zero_grad()
                    loss = loss_fn(net(xb), y[idx])
                    loss.backward()
                    opt.step()
                    sched.step()
                speeds.append((len(tr) // batch) * batch / (time.perf_counter() - start))
            steady = speeds[1:] if len(speeds) > 1 else speeds
            print("BENCH torch_train_images_per_s %.4f images/s" % (sum(steady) / len(steady)), flush=True)
            net.eval()
            right = 0
            with torch.no_grad():
                net(xt[:batch])
                start = time.perf_counter()
                for b in range(0, len(xt), batch):
                    right += int((net(xt[b:b + batch]).argmax(1) == yt[b:b + batch]).sum())
                elapsed = time.perf_counter() - start
            print("BENCH torch_inference_images_per_s %.4f images/s" % (len(xt) / elapsed), flush=True)
            print("BENCH torch_test_top1 %.4f" % (right / len(xt)), flush=True)
            """;
}
