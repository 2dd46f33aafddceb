### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Cụm công nghiệp xe năng lượng mới hướng tới ASEAN dần hình thành tại Thanh Tú, Nam Ninh
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Quận Thanh Tú, thành phố Nam Ninh, Quảng Tây đang xây dựng cụm công nghiệp xe năng lượng mới hướng tới thị trường ASEAN; từ tháng 1 đến tháng 8 năm 2023, giá trị sản lượng ngành năng lượng mới của quận tăng 3.822,5% so với cùng kỳ năm trước.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Bắc Kinh
    .dateline = BẮC KINH

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

# vi: 青秀区 = quận Thanh Tú (Sino-Vietnamese reading; the generic "quận" is lower case mid-sentence).
body-1 = Những năm gần đây, quận Thanh Tú, thành phố Nam Ninh thuộc Khu tự trị dân tộc Choang Quảng Tây ở miền nam Trung Quốc, đã đẩy mạnh phát triển ngành công nghiệp xe năng lượng mới, qua đó định vị mình là địa bàn phục vụ người tiêu dùng tại các nước thuộc Hiệp hội các quốc gia Đông Nam Á (ASEAN).
body-2 = Quận này đang dần trở thành trung tâm sản xuất xe năng lượng mới hướng tới thị trường ASEAN, khi ngày càng nhiều dự án của các doanh nghiệp hàng đầu như Hozon Auto, Hóa chất Do-Fluoride (DFD), Huawei và BYD được triển khai tại Thanh Tú.
body-3 = Với vai trò lá cờ đầu của Quảng Tây về phát triển đô thị chất lượng cao và tăng trưởng kinh tế cấp huyện, quận Thanh Tú đã quy tụ một loạt ngành công nghiệp có đóng góp lớn cho kinh tế khu vực, bao gồm pin năng lượng mới, xe năng lượng mới, kinh tế số và dịch vụ hiện đại. Để đẩy nhanh việc thu hút thêm doanh nghiệp trong lĩnh vực xe năng lượng mới, quận Thanh Tú đã tăng cường nỗ lực cải thiện dịch vụ về giao thông, nhà ở và các lĩnh vực khác.
body-4 = Số liệu cho thấy, từ tháng 1 đến tháng 8 năm nay, giá trị sản lượng công nghiệp của các doanh nghiệp có quy mô trên mức quy định tại quận Thanh Tú đạt 5,234 tỷ nhân dân tệ, tăng mạnh 92,15% so với cùng kỳ năm trước. Trong cùng kỳ, ngành năng lượng mới đóng góp 3,138 tỷ nhân dân tệ, tăng vọt 3.822,5% so với năm trước.
body-5 = Là nơi tổ chức Hội chợ Trung Quốc – ASEAN, quận Thanh Tú hiện có 6 tổng lãnh sự quán và 14 văn phòng liên lạc thương mại đại diện cho nhiều quốc gia và vùng lãnh thổ.
body-6 = Trong bối cảnh thế giới chuyển dịch hướng tới trung hòa carbon và xu hướng điện hóa ngày càng rõ nét trong ngành công nghiệp ô tô ASEAN, xe năng lượng mới có tiềm năng rất lớn tại thị trường ASEAN. Năm 2022, doanh số xe điện tại ASEAN tăng vọt lên 34.000 chiếc.
body-7 = Thời gian tới, quận Thanh Tú sẽ tập trung xây dựng khu hợp tác hội nhập công nghiệp xuyên biên giới Trung Quốc – ASEAN. Đồng thời, quận sẽ thúc đẩy các dự án như Trung tâm ASEAN của HGTECH và dự án sản xuất pin natri của DFD, nhằm phát triển toàn bộ chuỗi công nghiệp.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = Ảnh chụp một cơ sở sản xuất xe năng lượng mới tại Khu công nghiệp Linh Lợi, nơi những chiếc xe vừa xuất xưởng đang xếp hàng chờ bàn giao.
    .alt = Từng hàng xe năng lượng mới vừa xuất xưởng đỗ tại một khu nhà máy trong Khu công nghiệp Linh Lợi

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = xe năng lượng mới
keyword-asean = ASEAN
keyword-qingxiu = quận Thanh Tú
keyword-nanning = Nam Ninh
keyword-industry-cluster = cụm công nghiệp
